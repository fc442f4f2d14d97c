/** Plane geometry the hall is measured in: points, boxes, segments. */

export { aabbContains, aabbContainsPoint, aabbFromCenter, aabbOverlap } from '../geometry/aabb.ts';
export type { Aabb } from '../geometry/aabb.ts';
export { closestPoint, distanceToSegment } from '../geometry/segment.ts';
export type { Segment } from '../geometry/segment.ts';
export { distance, vec2 } from '../geometry/vec2.ts';
export type { Vec2 } from '../geometry/vec2.ts';
