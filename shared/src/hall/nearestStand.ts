/** The stand whose entrance is closest to a point, within reach: what "Enter" would enter. */
import { distance, type Vec2 } from '../geometry/vec2.ts';
import type { Stand } from './hallLayout.ts';
import { standEntrance } from './standGeometry.ts';

export function nearestStand(
  stands: readonly Stand[],
  point: Vec2,
  maxDistance: number,
): { stand: Stand; distance: number } | null {
  let best: { stand: Stand; distance: number } | null = null;
  for (const stand of stands) {
    const gap = distance(standEntrance(stand), point);
    if (gap <= maxDistance && (!best || gap < best.distance)) best = { stand, distance: gap };
  }
  return best;
}
