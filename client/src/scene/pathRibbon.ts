/**
 * The geometry of the own avatar's path on the floor: where along the path the avatar is, and
 * a flat ribbon from there to the end with mitred corners, written into preallocated buffers
 * (two vertices per point) so it can follow the avatar every frame without allocating.
 * The ribbon's u coordinate is metres from the path's start, so its dashes stay put on the floor
 * while the avatar walks over them.
 */
import type { Vec2 } from '@salon/shared';

export interface PathProgress {
  /** Index of the segment (path[segment] → path[segment + 1]) the avatar is on. */
  segment: number;
  x: number;
  y: number;
  /** Metres from path[0] to (x, y) along the path. */
  along: number;
}

/** The point of the path nearest (x, y), searching from segment `from` onwards. */
export function pathProgress(
  path: readonly Vec2[],
  x: number,
  y: number,
  from: number,
  out: PathProgress,
): PathProgress {
  let best = Infinity;
  let walked = 0;
  out.segment = Math.max(0, Math.min(from, path.length - 2));
  out.x = path[0]?.x ?? x;
  out.y = path[0]?.y ?? y;
  out.along = 0;
  for (let i = 0; i + 1 < path.length; i += 1) {
    const a = path[i];
    const b = path[i + 1];
    if (!a || !b) break;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const length = Math.hypot(dx, dy);
    if (i >= from) {
      const t =
        length === 0
          ? 0
          : Math.max(0, Math.min(1, ((x - a.x) * dx + (y - a.y) * dy) / (length * length)));
      const px = a.x + dx * t;
      const py = a.y + dy * t;
      const d = (px - x) ** 2 + (py - y) ** 2;
      if (d < best) {
        best = d;
        out.segment = i;
        out.x = px;
        out.y = py;
        out.along = walked + length * t;
      }
    }
    walked += length;
  }
  return out;
}

export interface RibbonBuffers {
  /** xyz per vertex, two vertices (left, right) per point. */
  readonly positions: Float32Array;
  /** uv per vertex. */
  readonly uvs: Float32Array;
  /** Points the buffers hold. */
  readonly capacity: number;
}

export function createRibbonBuffers(capacity: number): RibbonBuffers {
  return {
    positions: new Float32Array(capacity * 6),
    uvs: new Float32Array(capacity * 4),
    capacity,
  };
}

/**
 * Writes the ribbon from the progress point along the rest of the path, in world space via
 * `place` (floor x, y → world xyz written at an offset). Returns the number of points written.
 */
export function writeRibbon(
  path: readonly Vec2[],
  progress: PathProgress,
  halfWidth: number,
  buffers: RibbonBuffers,
  place: (x: number, y: number, target: Float32Array, offset: number) => void,
): number {
  let count = 0;
  let along = progress.along;
  let previousX = progress.x;
  let previousY = progress.y;
  for (let i = progress.segment; i <= path.length && count < buffers.capacity; i += 1) {
    const point = i === progress.segment ? progress : path[i];
    if (!point) break;
    if (count > 0) {
      const step = Math.hypot(point.x - previousX, point.y - previousY);
      if (step < 1e-4) continue;
      along += step;
    }
    // Direction in and out of this point; an end uses its one segment for both.
    const next = nextDistinct(path, i + 1, point);
    const inX = count > 0 ? point.x - previousX : (next?.x ?? point.x) - point.x;
    const inY = count > 0 ? point.y - previousY : (next?.y ?? point.y) - point.y;
    const outX = next ? next.x - point.x : inX;
    const outY = next ? next.y - point.y : inY;
    mitre(inX, inY, outX, outY);
    place(
      point.x + joint.x * halfWidth,
      point.y + joint.y * halfWidth,
      buffers.positions,
      count * 6,
    );
    place(
      point.x - joint.x * halfWidth,
      point.y - joint.y * halfWidth,
      buffers.positions,
      count * 6 + 3,
    );
    const uv = count * 4;
    buffers.uvs[uv] = along;
    buffers.uvs[uv + 1] = 0;
    buffers.uvs[uv + 2] = along;
    buffers.uvs[uv + 3] = 1;
    previousX = point.x;
    previousY = point.y;
    count += 1;
  }
  return count;
}

function nextDistinct(path: readonly Vec2[], from: number, point: Vec2): Vec2 | undefined {
  for (let i = from; i < path.length; i += 1) {
    const candidate = path[i];
    if (candidate && Math.hypot(candidate.x - point.x, candidate.y - point.y) >= 1e-4)
      return candidate;
  }
  return undefined;
}

const MAX_MITRE = 2;
const joint = { x: 0, y: 0 };

/**
 * Sets `joint` to the offset direction at a corner: the bisector of both segments' left normals,
 * lengthened so the ribbon keeps its width through the turn (capped for very sharp turns).
 */
function mitre(inX: number, inY: number, outX: number, outY: number): void {
  const inLength = Math.hypot(inX, inY) || 1;
  const outLength = Math.hypot(outX, outY) || 1;
  const ax = -inY / inLength;
  const ay = inX / inLength;
  const bx = -outY / outLength;
  const by = outX / outLength;
  const sx = ax + bx;
  const sy = ay + by;
  const length = Math.hypot(sx, sy);
  if (length < 1e-6) {
    joint.x = ax;
    joint.y = ay;
    return;
  }
  const scale = Math.min(MAX_MITRE, 1 / ((sx / length) * ax + (sy / length) * ay));
  joint.x = (sx / length) * scale;
  joint.y = (sy / length) * scale;
}
