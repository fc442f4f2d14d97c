/**
 * Where a stand sits on the floor: its footprint box, the point in front of its open side where
 * visitors arrive, and how far the footprint keeps from an alley's centre line. Everything derives
 * from the stand's centre, size and facing, so client, game server and validator agree.
 */
import { aabbDistanceSquared, aabbFromCenter, type Aabb } from '../geometry/aabb.ts';
import { distanceToSegment, type Segment } from '../geometry/segment.ts';
import type { Vec2 } from '../geometry/vec2.ts';
import type { Facing, Stand } from './hallLayout.ts';

/** How far outside the middle of its open side a stand's entrance lies, in metres. */
export const ENTRANCE_OFFSET = 1;

const FACING_DIRECTIONS = {
  north: { x: 0, y: 1 },
  south: { x: 0, y: -1 },
  east: { x: 1, y: 0 },
  west: { x: -1, y: 0 },
} as const satisfies Record<Facing, Vec2>;

export function standBox(stand: Stand): Aabb {
  return aabbFromCenter(stand, stand.width, stand.depth);
}

export function standEntrance(stand: Stand): Vec2 {
  const direction = FACING_DIRECTIONS[stand.facing];
  // Width runs along x, depth along y, so east/west sides sit half the width from the centre.
  const halfExtent = direction.x === 0 ? stand.depth / 2 : stand.width / 2;
  const reach = halfExtent + ENTRANCE_OFFSET;
  return { x: stand.x + direction.x * reach, y: stand.y + direction.y * reach };
}

/** Shortest distance between the stand's footprint and a segment; zero when they touch or cross. */
export function standClearance(stand: Stand, segment: Segment): number {
  const box = standBox(stand);
  if (segmentTouchesBox(box, segment)) return 0;
  // Apart, a box and a segment are closest at a segment endpoint or at a box corner.
  const corners: readonly Vec2[] = [
    { x: box.minX, y: box.minY },
    { x: box.maxX, y: box.minY },
    { x: box.minX, y: box.maxY },
    { x: box.maxX, y: box.maxY },
  ];
  let best = Math.sqrt(
    Math.min(aabbDistanceSquared(box, segment.from), aabbDistanceSquared(box, segment.to)),
  );
  for (const corner of corners) best = Math.min(best, distanceToSegment(segment, corner));
  return best;
}

/** Liang–Barsky clipping: does any part of the segment lie in the closed box? */
function segmentTouchesBox(box: Aabb, segment: Segment): boolean {
  const dx = segment.to.x - segment.from.x;
  const dy = segment.to.y - segment.from.y;
  const bounds: readonly (readonly [number, number])[] = [
    [-dx, segment.from.x - box.minX],
    [dx, box.maxX - segment.from.x],
    [-dy, segment.from.y - box.minY],
    [dy, box.maxY - segment.from.y],
  ];
  let enter = 0;
  let leave = 1;
  for (const [p, q] of bounds) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) enter = Math.max(enter, r);
    else leave = Math.min(leave, r);
    if (enter > leave) return false;
  }
  return true;
}
