import { describe, expect, it } from 'vitest';
import {
  NORTH_UP,
  directionFromKeys,
  moveKeyOf,
  sameDirection,
  type MoveKey,
} from './keyboardIntent.ts';

const keys = (...held: MoveKey[]) => new Set(held);

describe('moveKeyOf', () => {
  it('maps WASD and the arrows by physical key', () => {
    expect(moveKeyOf('KeyW')).toBe('forward');
    expect(moveKeyOf('ArrowLeft')).toBe('left');
  });

  it('ignores every other key, including inherited property names', () => {
    expect(moveKeyOf('KeyE')).toBeNull();
    expect(moveKeyOf('toString')).toBeNull();
    expect(moveKeyOf('')).toBeNull();
  });
});

describe('directionFromKeys', () => {
  it('walks north for forward in a north-up view', () => {
    expect(directionFromKeys(keys('forward'), NORTH_UP)).toEqual({ x: 0, y: 1 });
  });

  it('walks east for right in a north-up view', () => {
    expect(directionFromKeys(keys('right'), NORTH_UP)).toEqual({ x: 1, y: 0 });
  });

  it('walks diagonals at the same speed as straight lines', () => {
    const diagonal = directionFromKeys(keys('forward', 'left'), NORTH_UP);
    expect(Math.hypot(diagonal.x, diagonal.y)).toBeCloseTo(1);
    expect(diagonal.x).toBeLessThan(0);
    expect(diagonal.y).toBeGreaterThan(0);
  });

  it('stands still when opposite keys cancel out, or nothing is held', () => {
    expect(directionFromKeys(keys('forward', 'back'))).toEqual({ x: 0, y: 0 });
    expect(directionFromKeys(keys())).toEqual({ x: 0, y: 0 });
  });

  it('turns with the camera: forward follows the yaw', () => {
    expect(directionFromKeys(keys('forward'), 0)).toEqual({ x: 1, y: 0 });
    expect(directionFromKeys(keys('right'), 0)).toEqual({ x: 0, y: -1 });
  });
});

describe('sameDirection', () => {
  it('treats trigonometric noise as the same direction', () => {
    expect(sameDirection({ x: 1e-9, y: 1 }, { x: 0, y: 1 })).toBe(true);
    expect(sameDirection({ x: 0, y: 1 }, { x: 1, y: 0 })).toBe(false);
  });
});
