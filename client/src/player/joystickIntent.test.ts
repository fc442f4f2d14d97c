import { describe, expect, it } from 'vitest';
import { DEAD_ZONE, joystickDirection } from './joystickIntent.ts';

describe('joystickDirection', () => {
  it('rests inside the dead zone', () => {
    expect(joystickDirection(0, 0, 50)).toEqual({ x: 0, y: 0 });
    expect(joystickDirection(DEAD_ZONE * 50 - 1, 0, 50)).toEqual({ x: 0, y: 0 });
  });

  it('walks north at full speed for a thumb pushed up to the rim', () => {
    expect(joystickDirection(0, -50, 50)).toEqual({ x: 0, y: 1 });
  });

  it('walks east at half speed for a thumb half-way right', () => {
    expect(joystickDirection(20, 0, 50)).toEqual({ x: 0.5, y: 0 });
  });

  it('gives the same direction for a thumb that wobbles a little', () => {
    expect(joystickDirection(50, -2, 50)).toEqual(joystickDirection(50, 2, 50));
  });

  it('never exceeds walking speed, however far the thumb goes', () => {
    const direction = joystickDirection(300, -300, 50);
    expect(Math.hypot(direction.x, direction.y)).toBeCloseTo(1);
  });

  it('ignores NaN offsets', () => {
    expect(joystickDirection(Number.NaN, 0, 50)).toEqual({ x: 0, y: 0 });
  });
});
