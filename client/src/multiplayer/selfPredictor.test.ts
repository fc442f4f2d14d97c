import { buildCollisionWorld, MOVEMENT, type Stand } from '@salon/shared';
import { describe, expect, it } from 'vitest';
import { SNAP_METRES, SelfPredictor } from './selfPredictor.ts';

const STAND: Stand = {
  id: 's1',
  exhibitorId: 'e1',
  x: 20,
  y: 10,
  width: 4,
  depth: 4,
  facing: 'south',
};
const WORLD = buildCollisionWorld({ width: 40, depth: 20 }, [STAND]);
const FRAME = 1 / 60;

/** Runs `seconds` of frames from `start` ms; `onFrame` may reconcile along the way. */
function run(
  predictor: SelfPredictor,
  start: number,
  seconds: number,
  onFrame?: (now: number) => void,
) {
  let now = start;
  for (let k = 0; k < Math.round(seconds / FRAME); k += 1) {
    now += FRAME * 1000;
    predictor.advance(FRAME, now);
    onFrame?.(now);
  }
  return now;
}

describe('SelfPredictor', () => {
  it('walks at once at walking speed, before the server has said anything', () => {
    const predictor = new SelfPredictor(WORLD, { x: 5, y: 5 });
    predictor.setIntent({ kind: 'direction', x: 1, y: 0 }, 0);
    run(predictor, 0, 1);
    expect(predictor.motion.x).toBeCloseTo(5 + MOVEMENT.walkSpeed, 1);
    expect(predictor.motion.y).toBe(5);
  });

  it('is stopped by a stand exactly as the server would be', () => {
    const predictor = new SelfPredictor(WORLD, { x: 10, y: 10 });
    predictor.setIntent({ kind: 'direction', x: 1, y: 0 }, 0);
    run(predictor, 0, 5);
    expect(predictor.motion.x).toBeCloseTo(18 - MOVEMENT.avatarRadius);
  });

  it('leaves the prediction alone when the server is only behind on the same track', () => {
    const alone = new SelfPredictor(WORLD, { x: 2, y: 2 });
    const checked = new SelfPredictor(WORLD, { x: 2, y: 2 });
    alone.setIntent({ kind: 'direction', x: 0, y: 1 }, 0);
    checked.setIntent({ kind: 'direction', x: 0, y: 1 }, 0);
    run(alone, 0, 2);
    // The server reports where we were 100 ms ago, rounded to its 10 cm grid.
    run(checked, 0, 2, (now) => {
      const past = 2 + Math.max(0, (now - 100) / 1000) * MOVEMENT.walkSpeed;
      checked.reconcile({ x: 2, y: Math.round(past * 10) / 10 }, true, now);
    });
    expect(checked.motion.y).toBeCloseTo(alone.motion.y, 1);
  });

  it('drifts smoothly onto the server when they disagree a little', () => {
    const predictor = new SelfPredictor(WORLD, { x: 5, y: 5 });
    predictor.reconcile({ x: 5.6, y: 5 }, false, 0);
    predictor.advance(FRAME, 16);
    const afterOneFrame = predictor.motion.x;
    expect(afterOneFrame).toBeGreaterThan(5);
    expect(afterOneFrame).toBeLessThan(5.2);
    run(predictor, 16, 1, (now) => predictor.reconcile({ x: 5.6, y: 5 }, false, now));
    expect(predictor.motion.x).toBeCloseTo(5.6, 2);
  });

  it('settles exactly on the server position at rest', () => {
    const predictor = new SelfPredictor(WORLD, { x: 5, y: 5 });
    run(predictor, 0, 1, (now) => predictor.reconcile({ x: 5.05, y: 4.95 }, false, now));
    expect(predictor.motion.x).toBeCloseTo(5.05, 2);
    expect(predictor.motion.y).toBeCloseTo(4.95, 2);
  });

  it('snaps when the server puts the avatar somewhere else entirely', () => {
    const predictor = new SelfPredictor(WORLD, { x: 5, y: 5 });
    predictor.reconcile({ x: 5 + SNAP_METRES + 1, y: 5 }, false, 0);
    expect(predictor.motion.x).toBe(5 + SNAP_METRES + 1);
  });

  it('stops when the server stopped the avatar well after the last intent', () => {
    const predictor = new SelfPredictor(WORLD, { x: 2, y: 2 });
    predictor.setIntent({ kind: 'direction', x: 0, y: 1 }, 0);
    run(predictor, 0, 0.3, (now) => predictor.reconcile({ x: 2, y: 2 }, false, now));
    expect(predictor.moving).toBe(true);
    run(predictor, 300, 1, (now) => predictor.reconcile({ x: 2, y: 2 }, false, now));
    expect(predictor.moving).toBe(false);
    run(predictor, 1300, 1, (now) => predictor.reconcile({ x: 2, y: 2 }, false, now));
    expect(predictor.motion.y).toBeCloseTo(2, 1);
  });

  it('follows a path of waypoints and stops at its end', () => {
    const predictor = new SelfPredictor(WORLD, { x: 2, y: 2 });
    predictor.setIntent(
      {
        kind: 'path',
        points: [
          { x: 6, y: 2 },
          { x: 6, y: 4 },
        ],
        next: 0,
      },
      0,
    );
    run(predictor, 0, 3);
    expect(predictor.moving).toBe(false);
    expect(predictor.motion.x).toBeCloseTo(6, 1);
    expect(Math.abs(predictor.motion.y - 4)).toBeLessThanOrEqual(MOVEMENT.arriveDistance);
  });
});
