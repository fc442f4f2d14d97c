import { describe, expect, it } from 'vitest';
import { Pinch } from './Pinch.ts';

describe('Pinch', () => {
  it('zooms in as two fingers move apart and out as they come together', () => {
    const pinch = new Pinch();
    pinch.down(1, 100, 100);
    pinch.down(2, 200, 100);
    expect(pinch.active).toBe(true);
    expect(pinch.move(2, 300, 100)).toBeCloseTo(0.5);
    expect(pinch.move(1, 200, 100)).toBeCloseTo(2);
  });

  it('is no pinch with one finger, and stops when a finger lifts', () => {
    const pinch = new Pinch();
    pinch.down(1, 0, 0);
    expect(pinch.active).toBe(false);
    expect(pinch.move(1, 50, 50)).toBe(1);
    pinch.down(2, 100, 0);
    pinch.up(2);
    expect(pinch.active).toBe(false);
    expect(pinch.move(1, 10, 10)).toBe(1);
  });

  it('ignores a pointer it never saw go down, and two fingers on one spot', () => {
    const pinch = new Pinch();
    expect(pinch.move(7, 1, 1)).toBe(1);
    pinch.down(1, 5, 5);
    pinch.down(2, 5, 5);
    expect(pinch.move(2, 5, 5)).toBe(1);
  });
});
