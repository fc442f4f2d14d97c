import { describe, expect, it } from 'vitest';
import type { Stand } from '../hall/hallLayout.ts';
import { collide, isWalkable } from './collide.ts';
import { buildCollisionWorld } from './collisionWorld.ts';
import { MOVEMENT } from './movementRules.ts';

const r = MOVEMENT.avatarRadius;
const stand: Stand = {
  id: 's1',
  exhibitorId: 'e1',
  x: 10,
  y: 10,
  width: 4,
  depth: 4,
  facing: 'south',
};
const world = buildCollisionWorld({ width: 20, depth: 20 }, [stand]);

describe('collide', () => {
  it('moves freely where nothing is in the way', () => {
    expect(collide(world, { x: 2, y: 2 }, { x: 0.1, y: 0.2 })).toEqual({ x: 2.1, y: 2.2 });
  });

  it('stops flush against a stand when walking into it', () => {
    const next = collide(world, { x: 7.5, y: 10 }, { x: 1, y: 0 });
    expect(next.x).toBeCloseTo(8 - r);
    expect(next.y).toBe(10);
  });

  it('slides along a stand when pushed into it diagonally', () => {
    const next = collide(world, { x: 8 - r, y: 10 }, { x: 0.3, y: 0.3 });
    expect(next.x).toBeCloseTo(8 - r);
    expect(next.y).toBeCloseTo(10.3);
  });

  it('keeps the avatar inside the walls', () => {
    expect(collide(world, { x: 0.5, y: 19.5 }, { x: -3, y: 3 })).toEqual({ x: r, y: 20 - r });
  });

  it('never ends inside a stand, whatever the push', () => {
    for (let angle = 0; angle < Math.PI * 2; angle += Math.PI / 16) {
      let position = { x: 10 + Math.cos(angle) * 5, y: 10 + Math.sin(angle) * 5 };
      for (let step = 0; step < 60; step += 1) {
        position = collide(world, position, {
          x: -Math.cos(angle) * 0.17,
          y: -Math.sin(angle) * 0.17,
        });
        expect(isWalkable(world, position)).toBe(true);
      }
    }
  });

  it('lets an avatar that is already inside a stand walk out', () => {
    const next = collide(world, { x: 10, y: 10 }, { x: 0, y: -0.2 });
    expect(next.y).toBeCloseTo(9.8);
  });
});

describe('isWalkable', () => {
  it('is false inside a stand or outside the floor and true in the open', () => {
    expect(isWalkable(world, { x: 10, y: 10 })).toBe(false);
    expect(isWalkable(world, { x: -1, y: 5 })).toBe(false);
    expect(isWalkable(world, { x: 3, y: 3 })).toBe(true);
  });
});
