/** Line segments: alleys' centre lines. */
import { distance, dot, lerp, sub, type Vec2 } from './vec2.ts';

export interface Segment {
  readonly from: Vec2;
  readonly to: Vec2;
}

/** Parameter t in [0, 1] of the point of `segment` closest to `point`. */
export function closestParameter(segment: Segment, point: Vec2): number {
  const direction = sub(segment.to, segment.from);
  const lengthSquared = dot(direction, direction);
  if (lengthSquared === 0) return 0;
  const t = dot(sub(point, segment.from), direction) / lengthSquared;
  return Math.min(1, Math.max(0, t));
}

export function closestPoint(segment: Segment, point: Vec2): Vec2 {
  return lerp(segment.from, segment.to, closestParameter(segment, point));
}

export function distanceToSegment(segment: Segment, point: Vec2): number {
  return distance(point, closestPoint(segment, point));
}

/**
 * Where two segments cross, as parameters along each, or null when they do not meet.
 * Collinear overlapping segments are reported by their closest endpoints by the caller instead.
 */
export function segmentIntersection(a: Segment, b: Segment): { t: number; u: number } | null {
  const r = sub(a.to, a.from);
  const s = sub(b.to, b.from);
  const denominator = r.x * s.y - r.y * s.x;
  if (Math.abs(denominator) < 1e-12) return null;
  const qp = sub(b.from, a.from);
  const t = (qp.x * s.y - qp.y * s.x) / denominator;
  const u = (qp.x * r.y - qp.y * r.x) / denominator;
  const epsilon = 1e-9;
  if (t < -epsilon || t > 1 + epsilon || u < -epsilon || u > 1 + epsilon) return null;
  return { t: Math.min(1, Math.max(0, t)), u: Math.min(1, Math.max(0, u)) };
}
