/**
 * Where the hall's signage stands, in floor metres: gates over the themed alleys (two posts and
 * a banner with the topic's name) and the forum screens' panels. Gates go just outside every
 * crossing with another alley, where a visitor walking past reads which theme starts there, and
 * at the alley's ends when no crossing gate is near. Pure, so it is tested without a canvas.
 */
import type { Alley, Screen } from '@salon/shared';
import { directionToYaw, FACING_YAW } from './floorToWorld.ts';

/** A sign element: centre on the floor, its height range, and its yaw (local +z = front). */
export interface SignPiece {
  readonly x: number;
  readonly y: number;
  readonly yaw: number;
  /** Size along local x, local y (height) and local z; z is 0 for a flat quad. */
  readonly width: number;
  readonly height: number;
  readonly depth: number;
  /** Height of the piece's centre above the floor. */
  readonly elevation: number;
}

export interface Banner extends SignPiece {
  /** Topic code whose name the banner shows. */
  readonly topicCode: string;
}

export const GATE = { endInset: 1.5, crossingGap: 1.2, minSpacing: 8, clearance: 2.6, post: 0.14 };
const SCREEN = { bottom: 2.2, thickness: 0.16, post: 0.16 };

export function alleyGates(alley: Alley, alleys: readonly Alley[]): { s: number }[] {
  const dx = alley.to.x - alley.from.x;
  const dy = alley.to.y - alley.from.y;
  const length = Math.hypot(dx, dy);
  if (length < 2 * GATE.endInset) return [];
  const inRange = (s: number) => s >= GATE.endInset && s <= length - GATE.endInset;
  const candidates: number[] = [];
  for (const other of alleys) {
    if (other === alley) continue;
    const s = crossingDistance(alley, other);
    if (s === null) continue;
    const gap = other.width / 2 + GATE.crossingGap;
    candidates.push(...[s - gap, s + gap].filter(inRange));
  }
  candidates.push(GATE.endInset, length - GATE.endInset);
  const kept: number[] = [];
  for (const s of candidates) {
    if (kept.every((k) => Math.abs(k - s) >= GATE.minSpacing)) kept.push(s);
  }
  return kept.sort((a, b) => a - b).map((s) => ({ s }));
}

/** Distance along `alley` at which its centre line crosses `other`'s, or null. */
function crossingDistance(alley: Alley, other: Alley): number | null {
  const rx = alley.to.x - alley.from.x;
  const ry = alley.to.y - alley.from.y;
  const sx = other.to.x - other.from.x;
  const sy = other.to.y - other.from.y;
  const denominator = rx * sy - ry * sx;
  if (Math.abs(denominator) < 1e-9) return null;
  const qx = other.from.x - alley.from.x;
  const qy = other.from.y - alley.from.y;
  const t = (qx * sy - qy * sx) / denominator;
  const u = (qx * ry - qy * rx) / denominator;
  if (t < 0 || t > 1 || u < -1e-9 || u > 1 + 1e-9) return null;
  return t * Math.hypot(rx, ry);
}

/** Posts and two back-to-back banners (one readable from each direction) per gate. */
export function gatePieces(alleys: readonly Alley[]): { posts: SignPiece[]; banners: Banner[] } {
  const posts: SignPiece[] = [];
  const banners: Banner[] = [];
  for (const alley of alleys) {
    if (alley.topicCode === null) continue;
    const dx = alley.to.x - alley.from.x;
    const dy = alley.to.y - alley.from.y;
    const length = Math.hypot(dx, dy);
    const ux = dx / length;
    const uy = dy / length;
    const span = alley.width - 2 * GATE.post - 0.3;
    const bannerHeight = span / 4;
    const postHeight = GATE.clearance + bannerHeight + 0.15;
    for (const { s } of alleyGates(alley, alleys)) {
      const x = alley.from.x + ux * s;
      const y = alley.from.y + uy * s;
      for (const side of [-1, 1]) {
        // The alley's left normal is (−uy, ux).
        const offset = side * (alley.width / 2 - GATE.post);
        posts.push({
          x: x - uy * offset,
          y: y + ux * offset,
          yaw: 0,
          width: GATE.post,
          height: postHeight,
          depth: GATE.post,
          elevation: postHeight / 2,
        });
        banners.push({
          x: x + ux * side * 0.02,
          y: y + uy * side * 0.02,
          yaw: directionToYaw(ux * side, uy * side),
          width: span,
          height: bannerHeight,
          depth: 0,
          elevation: GATE.clearance + bannerHeight / 2,
          topicCode: alley.topicCode,
        });
      }
    }
  }
  return { posts, banners };
}

/** A forum screen: its dark panel, two posts behind it, and the glyph quad on its front. */
export function screenPieces(screen: Screen): {
  panel: SignPiece;
  posts: SignPiece[];
  glyph: SignPiece;
} {
  const yaw = FACING_YAW[screen.facing];
  const height = (screen.width * 9) / 16;
  const centre = SCREEN.bottom + height / 2;
  // Local +z is the front; local −z (behind) in floor terms is −(sin yaw, −cos yaw).
  const back = { x: -Math.sin(yaw), y: Math.cos(yaw) };
  const along = { x: Math.cos(yaw), y: Math.sin(yaw) };
  const at = (lateral: number, behind: number) => ({
    x: screen.x + along.x * lateral + back.x * behind,
    y: screen.y + along.y * lateral + back.y * behind,
  });
  const postHeight = centre + height * 0.25;
  const postOffset = screen.width / 2 - 0.4;
  return {
    panel: {
      ...at(0, 0),
      yaw,
      width: screen.width,
      height,
      depth: SCREEN.thickness,
      elevation: centre,
    },
    posts: [-1, 1].map((side) => ({
      ...at(side * postOffset, SCREEN.thickness),
      yaw,
      width: SCREEN.post,
      height: postHeight,
      depth: SCREEN.post,
      elevation: postHeight / 2,
    })),
    glyph: {
      ...at(0, -(SCREEN.thickness / 2 + 0.01)),
      yaw,
      width: screen.width * 0.6,
      height: (screen.width * 0.6) / 4,
      depth: 0,
      elevation: centre,
    },
  };
}
