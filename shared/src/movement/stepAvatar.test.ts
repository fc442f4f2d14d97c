import { describe, expect, it } from 'vitest';
import { distance } from '../geometry/vec2.ts';
import type { Stand } from '../hall/hallLayout.ts';
import { isWalkable } from './collide.ts';
import { buildCollisionWorld } from './collisionWorld.ts';
import { MOVEMENT, TICK_SECONDS } from './movementRules.ts';
import { isMoving, stepAvatar, type Motion } from './stepAvatar.ts';

const stand: Stand = {
  id: 's1',
  exhibitorId: 'e1',
  x: 20,
  y: 10,
  width: 4,
  depth: 4,
  facing: 'south',
};
const world = buildCollisionWorld({ width: 40, depth: 20 }, [stand]);
const at = (x: number, y: number, intent: Motion['intent']): Motion => ({
  x,
  y,
  heading: 0,
  intent,
});

function run(motion: Motion, ticks: number): Motion {
  let current = motion;
  for (let tick = 0; tick < ticks; tick += 1) current = stepAvatar(current, TICK_SECONDS, world);
  return current;
}

describe('stepAvatar', () => {
  it('stays put when idle', () => {
    const idle = at(5, 5, { kind: 'idle' });
    expect(stepAvatar(idle, TICK_SECONDS, world)).toBe(idle);
    expect(isMoving(idle)).toBe(false);
  });

  it('walks a direction at walking speed and faces it', () => {
    const next = run(at(5, 5, { kind: 'direction', x: 0, y: 1 }), 20);
    expect(next.y).toBeCloseTo(5 + MOVEMENT.walkSpeed);
    expect(next.heading).toBeCloseTo(Math.PI / 2);
  });

  it('never exceeds walking speed, however long the direction vector', () => {
    const next = stepAvatar(at(5, 5, { kind: 'direction', x: 30, y: 40 }), TICK_SECONDS, world);
    expect(distance(next, { x: 5, y: 5 })).toBeCloseTo(MOVEMENT.walkSpeed * TICK_SECONDS);
  });

  it('cuts a stalled timer’s long step short so nobody jumps', () => {
    const next = stepAvatar(at(5, 5, { kind: 'direction', x: 1, y: 0 }), 10, world);
    expect(next.x - 5).toBeLessThanOrEqual(MOVEMENT.walkSpeed * 0.25 + 1e-9);
  });

  it('walks a fractional direction more slowly', () => {
    const next = run(at(5, 5, { kind: 'direction', x: 0.5, y: 0 }), 20);
    expect(next.x).toBeCloseTo(5 + MOVEMENT.walkSpeed / 2);
  });

  it('follows a path through its waypoints and stops at the end', () => {
    const points = [
      { x: 5, y: 2 },
      { x: 30, y: 2 },
      { x: 30, y: 15 },
    ];
    const end = run(at(5, 2, { kind: 'path', points, next: 0 }), 20 * 12);
    expect(distance(end, { x: 30, y: 15 })).toBeLessThan(MOVEMENT.arriveDistance + 1e-6);
    expect(end.intent.kind).toBe('idle');
  });

  it('takes as long as the path is long at walking speed', () => {
    const points = [
      { x: 5, y: 2 },
      { x: 12, y: 2 },
    ];
    const after1s = run(at(5, 2, { kind: 'path', points, next: 0 }), 20);
    expect(after1s.x).toBeCloseTo(5 + MOVEMENT.walkSpeed);
    expect(after1s.intent.kind).toBe('path');
  });

  it('gives up a path blocked by a stand instead of pushing forever', () => {
    const points = [{ x: 20, y: 10 }];
    const end = run(at(14, 10, { kind: 'path', points, next: 0 }), 60);
    expect(end.intent.kind).toBe('idle');
    expect(isWalkable(world, end)).toBe(true);
  });

  it('keeps walking when a waypoint leaves only a floating-point remainder of the step', () => {
    const speed = MOVEMENT.walkSpeed * TICK_SECONDS;
    // The first waypoint is a hair short of one full step away: the rest of the budget is tiny.
    const points = [
      { x: 5 + speed - 5e-5, y: 2 },
      { x: 5 + speed - 5e-5, y: 8 },
    ];
    const end = run(at(5, 2, { kind: 'path', points, next: 0 }), 60);
    expect(end.intent.kind).toBe('idle');
    expect(distance(end, { x: 5 + speed - 5e-5, y: 8 })).toBeLessThan(
      MOVEMENT.arriveDistance + 1e-6,
    );
  });

  it('never walks into a stand with a direction', () => {
    const end = run(at(14, 10, { kind: 'direction', x: 1, y: 0.05 }), 100);
    expect(isWalkable(world, end)).toBe(true);
  });

  it('treats a zero direction as a stop', () => {
    expect(
      stepAvatar(at(5, 5, { kind: 'direction', x: 0, y: 0 }), TICK_SECONDS, world).intent,
    ).toEqual({
      kind: 'idle',
    });
  });
});
