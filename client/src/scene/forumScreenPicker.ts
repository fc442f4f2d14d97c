/**
 * Interest management for the hall's forum screens (issue 6), as pure functions of where the
 * visitor stands: which stages' broadcast status is worth asking the api about (the nearest one
 * or two screens within reach, never all of them), which live screen the hall joins the program
 * of (one at a time, with a wider radius to leave than to join so that standing at the edge does
 * not flap), and how loud its sound is at a distance. Called once a frame with plain numbers;
 * the callers act only when an answer changes.
 */
import type { Screen, Vec2 } from '@salon/shared';

export const FORUM_SCREEN_RANGE = {
  /** Screens farther than this (metres) are not polled. */
  poll: 40,
  /** At most this many of the nearest screens are polled at once. */
  pollCount: 2,
  /** The nearest live screen within this distance plays its program… */
  join: 30,
  /** …until the visitor is farther than this from it. */
  leave: 36,
  /** Full volume within this distance; silence at `leave`. */
  fullVolume: 4,
} as const;

/** Where a screen is on the floor: the parts of `Screen` the choice reads. */
export type ScreenSpot = Pick<Screen, 'id' | 'stageId' | 'x' | 'y'>;

export function screenDistance(screen: ScreenSpot, point: Vec2): number {
  return Math.hypot(screen.x - point.x, screen.y - point.y);
}

/** Up to `count` screens within `radius` of `point`, nearest first (ties by id, for stability). */
export function nearestScreens<S extends ScreenSpot>(
  screens: readonly S[],
  point: Vec2,
  radius: number,
  count: number,
): S[] {
  return screens
    .map((screen) => ({ screen, distance: screenDistance(screen, point) }))
    .filter((entry) => entry.distance <= radius)
    .sort((a, b) => a.distance - b.distance || a.screen.id.localeCompare(b.screen.id))
    .slice(0, Math.max(0, count))
    .map((entry) => entry.screen);
}

/**
 * The stages whose live status to poll from `point`: those of the nearest screens in reach,
 * sorted, so the list (and the key the caller compares) only changes when the set does.
 */
export function stagesToPoll(screens: readonly ScreenSpot[], point: Vec2 | null): string[] {
  if (!point) return [];
  const near = nearestScreens(
    screens,
    point,
    FORUM_SCREEN_RANGE.poll,
    FORUM_SCREEN_RANGE.pollCount,
  );
  return [...new Set(near.map((screen) => screen.stageId))].sort();
}

/**
 * The screen whose program the hall should play: the current one while its stage is still live
 * and the visitor within `leave` of it, else the nearest screen of a live stage within `join`,
 * else none.
 */
export function pickProgramScreen<S extends ScreenSpot>(
  screens: readonly S[],
  point: Vec2 | null,
  isLive: (stageId: string) => boolean,
  currentId: string | null,
): S | null {
  if (!point) return null;
  const current = currentId === null ? undefined : screens.find((s) => s.id === currentId);
  if (
    current &&
    isLive(current.stageId) &&
    screenDistance(current, point) <= FORUM_SCREEN_RANGE.leave
  ) {
    return current;
  }
  const live = screens.filter((screen) => isLive(screen.stageId));
  return nearestScreens(live, point, FORUM_SCREEN_RANGE.join, 1)[0] ?? null;
}

/** The program's volume (0…1) at `distance` metres from its screen: full near, fading out. */
export function volumeAt(distance: number): number {
  if (!Number.isFinite(distance)) return 0;
  const { fullVolume, leave } = FORUM_SCREEN_RANGE;
  const share = Math.min(1, Math.max(0, 1 - (distance - fullVolume) / (leave - fullVolume)));
  // Squared: loudness falls off faster than linearly, as it does in a real hall.
  return share * share;
}
