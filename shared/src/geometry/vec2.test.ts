import { describe, expect, it } from 'vitest';
import { add, distance, dot, length, lerp, nearlyEqual, scale, sub, vec2 } from './vec2.ts';

describe('vec2', () => {
  it('builds a point from its coordinates', () => {
    expect(vec2(3, -4)).toEqual({ x: 3, y: -4 });
  });
});

describe('add', () => {
  it('adds component by component', () => {
    expect(add(vec2(1, 2), vec2(3, -5))).toEqual({ x: 4, y: -3 });
  });
});

describe('sub', () => {
  it('subtracts the second vector from the first', () => {
    expect(sub(vec2(1, 2), vec2(3, -5))).toEqual({ x: -2, y: 7 });
  });
});

describe('scale', () => {
  it('multiplies both components by the factor', () => {
    expect(scale(vec2(1.5, -2), 2)).toEqual({ x: 3, y: -4 });
  });
});

describe('dot', () => {
  it('is zero for perpendicular vectors', () => {
    expect(dot(vec2(2, 0), vec2(0, 7))).toBe(0);
  });

  it('sums the products of the components', () => {
    expect(dot(vec2(1, 2), vec2(3, 4))).toBe(11);
  });
});

describe('length', () => {
  it('measures a 3-4-5 triangle', () => {
    expect(length(vec2(3, 4))).toBe(5);
  });

  it('is zero for the zero vector', () => {
    expect(length(vec2(0, 0))).toBe(0);
  });
});

describe('distance', () => {
  it('is symmetric', () => {
    expect(distance(vec2(1, 1), vec2(4, 5))).toBe(5);
    expect(distance(vec2(4, 5), vec2(1, 1))).toBe(5);
  });
});

describe('lerp', () => {
  it('returns the endpoints at t = 0 and t = 1', () => {
    expect(lerp(vec2(0, 0), vec2(10, 20), 0)).toEqual({ x: 0, y: 0 });
    expect(lerp(vec2(0, 0), vec2(10, 20), 1)).toEqual({ x: 10, y: 20 });
  });

  it('returns the midpoint at t = 0.5', () => {
    expect(lerp(vec2(-2, 4), vec2(2, 8), 0.5)).toEqual({ x: 0, y: 6 });
  });
});

describe('nearlyEqual', () => {
  it('accepts differences within the default epsilon', () => {
    expect(nearlyEqual(vec2(1, 1), vec2(1 + 1e-7, 1 - 1e-7))).toBe(true);
  });

  it('rejects differences beyond the given epsilon', () => {
    expect(nearlyEqual(vec2(1, 1), vec2(1.01, 1), 1e-3)).toBe(false);
  });
});
