/** Axis-aligned boxes on the floor plane: stands and the floor itself. */
import type { Vec2 } from './vec2.ts';

export interface Aabb {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

export function aabbFromCenter(center: Vec2, width: number, depth: number): Aabb {
  return {
    minX: center.x - width / 2,
    minY: center.y - depth / 2,
    maxX: center.x + width / 2,
    maxY: center.y + depth / 2,
  };
}

/** True when the boxes share area; boxes that only touch along an edge do not overlap. */
export function aabbOverlap(a: Aabb, b: Aabb): boolean {
  return a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY;
}

export function aabbContains(outer: Aabb, inner: Aabb): boolean {
  return (
    inner.minX >= outer.minX &&
    inner.minY >= outer.minY &&
    inner.maxX <= outer.maxX &&
    inner.maxY <= outer.maxY
  );
}

export function aabbContainsPoint(box: Aabb, point: Vec2): boolean {
  return point.x >= box.minX && point.x <= box.maxX && point.y >= box.minY && point.y <= box.maxY;
}

/** Squared distance from a point to the box (zero inside). */
export function aabbDistanceSquared(box: Aabb, point: Vec2): number {
  const dx = Math.max(box.minX - point.x, 0, point.x - box.maxX);
  const dy = Math.max(box.minY - point.y, 0, point.y - box.maxY);
  return dx * dx + dy * dy;
}
