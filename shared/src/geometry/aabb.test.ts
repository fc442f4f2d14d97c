import { describe, expect, it } from 'vitest';
import {
  aabbContains,
  aabbContainsPoint,
  aabbDistanceSquared,
  aabbFromCenter,
  aabbOverlap,
  type Aabb,
} from './aabb.ts';
import { vec2 } from './vec2.ts';

const unit: Aabb = { minX: 0, minY: 0, maxX: 1, maxY: 1 };

describe('aabbFromCenter', () => {
  it('spans half the width and depth either side of the centre', () => {
    expect(aabbFromCenter(vec2(10, 20), 4, 2)).toEqual({ minX: 8, minY: 19, maxX: 12, maxY: 21 });
  });
});

describe('aabbOverlap', () => {
  it('is true for boxes that share area', () => {
    expect(aabbOverlap(unit, { minX: 0.5, minY: 0.5, maxX: 2, maxY: 2 })).toBe(true);
  });

  it('is false for boxes that only touch along an edge', () => {
    expect(aabbOverlap(unit, { minX: 1, minY: 0, maxX: 2, maxY: 1 })).toBe(false);
  });

  it('is false for boxes that only touch at a corner', () => {
    expect(aabbOverlap(unit, { minX: 1, minY: 1, maxX: 2, maxY: 2 })).toBe(false);
  });

  it('is true when one box lies inside the other', () => {
    expect(aabbOverlap(unit, { minX: 0.2, minY: 0.2, maxX: 0.4, maxY: 0.4 })).toBe(true);
  });
});

describe('aabbContains', () => {
  it('accepts an inner box that touches the outer edges', () => {
    expect(aabbContains(unit, unit)).toBe(true);
  });

  it('rejects an inner box that pokes out on one side', () => {
    expect(aabbContains(unit, { minX: 0, minY: 0, maxX: 1.01, maxY: 1 })).toBe(false);
  });
});

describe('aabbContainsPoint', () => {
  it('counts points on the boundary as inside', () => {
    expect(aabbContainsPoint(unit, vec2(1, 0.5))).toBe(true);
  });

  it('rejects points outside', () => {
    expect(aabbContainsPoint(unit, vec2(-0.1, 0.5))).toBe(false);
  });
});

describe('aabbDistanceSquared', () => {
  it('is zero inside the box', () => {
    expect(aabbDistanceSquared(unit, vec2(0.5, 0.5))).toBe(0);
  });

  it('measures straight out from a side', () => {
    expect(aabbDistanceSquared(unit, vec2(3, 0.5))).toBe(4);
  });

  it('measures diagonally from a corner', () => {
    expect(aabbDistanceSquared(unit, vec2(4, 5))).toBe(25);
  });
});
