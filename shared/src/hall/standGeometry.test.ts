import { describe, expect, it } from 'vitest';
import { ENTRANCE_OFFSET, standBox, standClearance, standEntrance } from './standGeometry.ts';
import { stand } from './testLayouts.ts';

describe('standBox', () => {
  it('spans the width along x and the depth along y around the centre', () => {
    expect(standBox(stand('s1', 10, 20, 'north', 6, 4))).toEqual({
      minX: 7,
      minY: 18,
      maxX: 13,
      maxY: 22,
    });
  });
});

describe('standEntrance', () => {
  const wide = (facing: 'north' | 'south' | 'east' | 'west') => stand('s1', 10, 20, facing, 6, 4);

  it('lies one metre north of the north side', () => {
    expect(standEntrance(wide('north'))).toEqual({ x: 10, y: 22 + ENTRANCE_OFFSET });
  });

  it('lies one metre south of the south side', () => {
    expect(standEntrance(wide('south'))).toEqual({ x: 10, y: 18 - ENTRANCE_OFFSET });
  });

  it('lies one metre east of the east side, using the width', () => {
    expect(standEntrance(wide('east'))).toEqual({ x: 13 + ENTRANCE_OFFSET, y: 20 });
  });

  it('lies one metre west of the west side, using the width', () => {
    expect(standEntrance(wide('west'))).toEqual({ x: 7 - ENTRANCE_OFFSET, y: 20 });
  });
});

describe('standClearance', () => {
  // Box from (8, 18) to (12, 22).
  const square = stand('s1', 10, 20, 'north', 4, 4);

  it('is zero when the segment crosses the box without an endpoint inside', () => {
    expect(standClearance(square, { from: { x: 0, y: 20 }, to: { x: 30, y: 20 } })).toBe(0);
  });

  it('is zero when the segment ends inside the box', () => {
    expect(standClearance(square, { from: { x: 10, y: 20 }, to: { x: 10, y: 50 } })).toBe(0);
  });

  it('is zero when the segment runs along an edge', () => {
    expect(standClearance(square, { from: { x: 0, y: 22 }, to: { x: 30, y: 22 } })).toBe(0);
  });

  it('measures the gap to a parallel segment alongside', () => {
    expect(standClearance(square, { from: { x: 0, y: 25 }, to: { x: 30, y: 25 } })).toBe(3);
  });

  it('measures from a segment endpoint that stops short of the box', () => {
    expect(standClearance(square, { from: { x: 10, y: 40 }, to: { x: 10, y: 27 } })).toBe(5);
  });

  it('measures from a box corner to a diagonal segment that passes it by', () => {
    const diagonal = { from: { x: 12, y: 24 }, to: { x: 16, y: 20 } };
    // The corner (12, 22) is sqrt(2) from the line x + y = 36.
    expect(standClearance(square, diagonal)).toBeCloseTo(Math.SQRT2, 12);
  });

  it('treats a zero-length segment as a point', () => {
    expect(standClearance(square, { from: { x: 15, y: 26 }, to: { x: 15, y: 26 } })).toBe(5);
  });
});
