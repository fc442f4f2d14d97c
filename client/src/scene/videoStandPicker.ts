/**
 * Which stand's presentation screen plays its video, from where the own avatar stands and faces:
 * the one decision behind "only one video decodes at a time". Pure (no DOM, no three) and
 * allocation-free per call, fed once a frame by StandVideo.tsx.
 *
 * The rule (VIDEO_PICK holds the numbers):
 * - The stand within "Enter" reach (world.nearStandId) always wins: the visitor is at its door.
 * - Otherwise a stand is taken up when its entrance is within `acquireMetres`, the avatar is on
 *   its open side, and the avatar faces its screen (heading within `facingRadians`): walking
 *   along an alley past booths starts nothing; turning to one, or walking up to it, does.
 * - The playing stand is kept while the avatar stays on its open side within `keepMetres`,
 *   whichever way it faces (looking around does not cut the video). Another faced stand takes
 *   over only when its entrance is `switchMarginMetres` nearer.
 * - A new choice (another stand, or none) takes effect once it has held for `dwellSeconds`, so
 *   grazing a zone's edge or a one-frame blip loads and releases nothing.
 */
import { standEntrance, type Stand } from '@salon/shared';

export const VIDEO_PICK = {
  acquireMetres: 8,
  keepMetres: 11,
  facingRadians: Math.PI / 3,
  switchMarginMetres: 2,
  dwellSeconds: 0.5,
} as const;

export type VideoPickRules = { readonly [Rule in keyof typeof VIDEO_PICK]: number };

/** The own avatar: floor position (metres) and heading (radians from +x towards +y). */
export interface Viewer {
  readonly x: number;
  readonly y: number;
  readonly heading: number;
}

/** A stand reduced to what the rule reads, computed once per layout. */
interface Spot {
  readonly id: string;
  /** The entrance point, 1 m outside the open side. */
  readonly entranceX: number;
  readonly entranceY: number;
  /** The middle of the open side and the outward unit normal there. */
  readonly frontX: number;
  readonly frontY: number;
  readonly outX: number;
  readonly outY: number;
  /** The screen hangs on the back wall; its floor point is near enough the stand's centre. */
  readonly screenX: number;
  readonly screenY: number;
}

function spotOf(stand: Stand): Spot {
  const entrance = standEntrance(stand);
  const dx = entrance.x - stand.x;
  const dy = entrance.y - stand.y;
  const length = Math.hypot(dx, dy) || 1;
  const outX = dx / length;
  const outY = dy / length;
  // The entrance lies ENTRANCE_OFFSET (1 m) outside the open side.
  return {
    id: stand.id,
    entranceX: entrance.x,
    entranceY: entrance.y,
    frontX: entrance.x - outX,
    frontY: entrance.y - outY,
    outX,
    outY,
    screenX: stand.x,
    screenY: stand.y,
  };
}

export class VideoStandPicker {
  private readonly spots: readonly Spot[];
  private readonly byId: ReadonlyMap<string, Spot>;
  private readonly rules: VideoPickRules;
  private readonly cosFacing: number;
  private shown: string | null = null;
  private pending: string | null = null;
  private heldSeconds = 0;

  constructor(stands: readonly Stand[], rules: VideoPickRules = VIDEO_PICK) {
    this.spots = stands.map(spotOf);
    this.byId = new Map(this.spots.map((spot) => [spot.id, spot]));
    this.rules = rules;
    this.cosFacing = Math.cos(rules.facingRadians);
  }

  /** The stand whose video plays now, or null. */
  get current(): string | null {
    return this.shown;
  }

  /**
   * Advances by `seconds` and returns the stand whose video should play. `viewer` is null while
   * there is no own avatar (not joined yet), which stops any video after the dwell.
   */
  update(viewer: Viewer | null, nearStandId: string | null, seconds: number): string | null {
    const wanted = viewer ? this.choose(viewer, nearStandId) : null;
    if (wanted !== this.pending) {
      this.pending = wanted;
      this.heldSeconds = 0;
    } else {
      this.heldSeconds += seconds;
    }
    if (this.pending !== this.shown && this.heldSeconds >= this.rules.dwellSeconds) {
      this.shown = this.pending;
    }
    return this.shown;
  }

  private choose(viewer: Viewer, nearStandId: string | null): string | null {
    if (nearStandId !== null && this.byId.has(nearStandId)) return nearStandId;
    const current = this.shown === null ? undefined : this.byId.get(this.shown);
    const currentAt =
      current && this.inFront(current, viewer) ? entranceDistance(current, viewer) : Infinity;
    let best: Spot | null = null;
    let bestAt = Infinity;
    // Indexed, not for…of: this runs every frame and must not allocate an iterator.
    for (let i = 0; i < this.spots.length; i += 1) {
      const spot = this.spots[i];
      if (!spot) continue;
      const at = entranceDistance(spot, viewer);
      if (at > this.rules.acquireMetres || at >= bestAt) continue;
      if (!this.inFront(spot, viewer) || !this.faces(spot, viewer)) continue;
      best = spot;
      bestAt = at;
    }
    if (current && currentAt <= this.rules.keepMetres) {
      const takesOver = best && bestAt < currentAt - this.rules.switchMarginMetres;
      return takesOver && best ? best.id : current.id;
    }
    return best?.id ?? null;
  }

  private inFront(spot: Spot, viewer: Viewer): boolean {
    return (viewer.x - spot.frontX) * spot.outX + (viewer.y - spot.frontY) * spot.outY >= 0;
  }

  private faces(spot: Spot, viewer: Viewer): boolean {
    const dx = spot.screenX - viewer.x;
    const dy = spot.screenY - viewer.y;
    const length = Math.hypot(dx, dy);
    if (length === 0) return true;
    const along = Math.cos(viewer.heading) * dx + Math.sin(viewer.heading) * dy;
    return along >= this.cosFacing * length;
  }
}

function entranceDistance(spot: Spot, viewer: Viewer): number {
  return Math.hypot(viewer.x - spot.entranceX, viewer.y - spot.entranceY);
}
