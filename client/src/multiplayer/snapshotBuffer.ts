/**
 * Where another avatar is drawn: positions from the server are kept with their arrival time and
 * the avatar is shown INTERPOLATION_DELAY_MS in the past, between the two snapshots around that
 * moment. Motion is smooth even though patches arrive 20 times a second, quantized to 10 cm and
 * with some jitter. A jump longer than TELEPORT_METRES (a respawn, a big server correction) is
 * shown as a jump rather than a slide through stands.
 */
import { MOVEMENT } from '@salon/shared';

export interface Snapshot {
  /** Arrival time, ms (performance.now()). */
  readonly t: number;
  readonly x: number;
  readonly y: number;
  readonly heading: number;
}

export interface Pose {
  x: number;
  y: number;
  heading: number;
}

/** Two patch intervals: enough slack for one late patch without ever running dry. */
export const INTERPOLATION_DELAY_MS = 100;
export const TELEPORT_METRES = 4;
const PATCH_INTERVAL_MS = 1000 / MOVEMENT.tickHz;
const CAPACITY = 32;

export class SnapshotBuffer {
  readonly #snapshots: Snapshot[] = [];

  get size(): number {
    return this.#snapshots.length;
  }

  push(snapshot: Snapshot): void {
    const last = this.#snapshots.at(-1);
    if (last && snapshot.t < last.t) return;
    if (last && Math.hypot(snapshot.x - last.x, snapshot.y - last.y) > TELEPORT_METRES) {
      this.#snapshots.length = 0;
    } else if (last && snapshot.t - last.t > 2 * PATCH_INTERVAL_MS) {
      // The server sends nothing while an avatar stands still: it stood at `last` until one
      // interval before this patch, and should not creep towards it over the whole silence.
      this.#snapshots.push({ ...last, t: snapshot.t - PATCH_INTERVAL_MS });
    }
    this.#snapshots.push(snapshot);
    if (this.#snapshots.length > CAPACITY)
      this.#snapshots.splice(0, this.#snapshots.length - CAPACITY);
  }

  /** Writes the pose at `renderTime` into `out`; leaves `out` alone while empty. */
  sample(renderTime: number, out: Pose): void {
    const snapshots = this.#snapshots;
    const first = snapshots[0];
    if (!first) return;
    let index = 0;
    while (index + 1 < snapshots.length && (snapshots[index + 1]?.t ?? Infinity) <= renderTime) {
      index += 1;
    }
    // Snapshots wholly in the past are no longer needed; keep the one we interpolate from.
    if (index > 0) snapshots.splice(0, index);
    const from = snapshots[0] ?? first;
    const to = snapshots[1];
    if (!to || renderTime <= from.t) {
      out.x = from.x;
      out.y = from.y;
      out.heading = from.heading;
      return;
    }
    const f = Math.min(1, (renderTime - from.t) / (to.t - from.t));
    out.x = from.x + (to.x - from.x) * f;
    out.y = from.y + (to.y - from.y) * f;
    out.heading = lerpAngle(from.heading, to.heading, f);
  }
}

/** Turns the short way round. */
export function lerpAngle(from: number, to: number, f: number): number {
  const turn = 2 * Math.PI;
  const delta = ((((to - from) % turn) + 3 * Math.PI) % turn) - Math.PI;
  return from + delta * f;
}
