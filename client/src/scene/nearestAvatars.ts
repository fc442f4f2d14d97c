/**
 * Picks the avatars nearest a floor point (the camera's), nearest first, into caller-owned
 * buffers so that running it every frame allocates nothing. Used to decide which few avatars
 * get a name tag in a crowd of hundreds.
 */
import type { AvatarView } from '../state/hallWorld.ts';

export interface NearestBuffers {
  readonly ids: string[];
  readonly distances: Float64Array;
}

export function createNearestBuffers(capacity: number): NearestBuffers {
  return { ids: new Array<string>(capacity).fill(''), distances: new Float64Array(capacity) };
}

/**
 * Writes up to `buffers.distances.length` ids of avatars within `maxDistance` of (x, y), except
 * `skipId`, nearest first; returns how many were written.
 */
export function nearestAvatars(
  avatars: ReadonlyMap<string, AvatarView>,
  x: number,
  y: number,
  maxDistance: number,
  skipId: string | null,
  buffers: NearestBuffers,
): number {
  const { ids, distances } = buffers;
  const capacity = distances.length;
  const limit = maxDistance * maxDistance;
  let count = 0;
  for (const avatar of avatars.values()) {
    if (avatar.id === skipId) continue;
    const d = (avatar.x - x) ** 2 + (avatar.y - y) ** 2;
    if (d > limit || (count === capacity && d >= (distances[capacity - 1] ?? Infinity))) continue;
    // Insertion into the short sorted list: shift farther entries one place down.
    let at = Math.min(count, capacity - 1);
    while (at > 0 && (distances[at - 1] ?? 0) > d) {
      distances[at] = distances[at - 1] ?? 0;
      ids[at] = ids[at - 1] ?? '';
      at -= 1;
    }
    distances[at] = d;
    ids[at] = avatar.id;
    if (count < capacity) count += 1;
  }
  return count;
}
