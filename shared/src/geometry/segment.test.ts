import { describe, expect, it } from 'vitest';
import {
  closestParameter,
  closestPoint,
  distanceToSegment,
  segmentIntersection,
  type Segment,
} from './segment.ts';
import { vec2 } from './vec2.ts';

const eastward: Segment = { from: vec2(0, 0), to: vec2(10, 0) };

describe('closestParameter', () => {
  it('projects a point beside the segment onto it', () => {
    expect(closestParameter(eastward, vec2(2.5, 7))).toBe(0.25);
  });

  it('clamps to 0 before the start and 1 past the end', () => {
    expect(closestParameter(eastward, vec2(-5, 1))).toBe(0);
    expect(closestParameter(eastward, vec2(15, 1))).toBe(1);
  });

  it('returns 0 for a zero-length segment', () => {
    expect(closestParameter({ from: vec2(1, 1), to: vec2(1, 1) }, vec2(5, 5))).toBe(0);
  });
});

describe('closestPoint', () => {
  it('drops a perpendicular onto the segment', () => {
    expect(closestPoint(eastward, vec2(4, -3))).toEqual({ x: 4, y: 0 });
  });

  it('returns the nearer endpoint for points beyond the ends', () => {
    expect(closestPoint(eastward, vec2(12, 3))).toEqual({ x: 10, y: 0 });
  });
});

describe('distanceToSegment', () => {
  it('is the perpendicular distance beside the segment', () => {
    expect(distanceToSegment(eastward, vec2(5, 3))).toBe(3);
  });

  it('is the distance to the endpoint beyond the ends', () => {
    expect(distanceToSegment(eastward, vec2(13, 4))).toBe(5);
  });

  it('is zero on the segment', () => {
    expect(distanceToSegment(eastward, vec2(7, 0))).toBe(0);
  });
});

describe('segmentIntersection', () => {
  it('finds where two segments cross, as parameters along each', () => {
    const northward: Segment = { from: vec2(4, -2), to: vec2(4, 6) };
    expect(segmentIntersection(eastward, northward)).toEqual({ t: 0.4, u: 0.25 });
  });

  it('reports segments that meet at an endpoint', () => {
    const hit = segmentIntersection(eastward, { from: vec2(10, 0), to: vec2(10, 5) });
    expect(hit).toEqual({ t: 1, u: 0 });
  });

  it('returns null when the lines cross outside the segments', () => {
    expect(segmentIntersection(eastward, { from: vec2(12, -1), to: vec2(12, 1) })).toBeNull();
  });

  it('returns null for parallel segments, even collinear overlapping ones', () => {
    expect(segmentIntersection(eastward, { from: vec2(0, 1), to: vec2(10, 1) })).toBeNull();
    expect(segmentIntersection(eastward, { from: vec2(5, 0), to: vec2(15, 0) })).toBeNull();
  });
});
