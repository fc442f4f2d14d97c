/**
 * Keys to a walking direction on the floor. Keys are matched by `code` (the physical key), so
 * WASD works on a Russian layout too. `yaw` is the direction "forward" points on the floor
 * (radians from +x towards +y); north-up views pass NORTH_UP.
 */
import type { Vec2 } from '@salon/shared';

export const MOVE_KEYS = {
  KeyW: 'forward',
  ArrowUp: 'forward',
  KeyS: 'back',
  ArrowDown: 'back',
  KeyA: 'left',
  ArrowLeft: 'left',
  KeyD: 'right',
  ArrowRight: 'right',
} as const satisfies Record<string, string>;

export type MoveKey = (typeof MOVE_KEYS)[keyof typeof MOVE_KEYS];

export const NORTH_UP = Math.PI / 2;

export function moveKeyOf(code: string): MoveKey | null {
  return Object.hasOwn(MOVE_KEYS, code) ? MOVE_KEYS[code as keyof typeof MOVE_KEYS] : null;
}

/** A unit vector (or zero when the keys cancel out) in floor coordinates. */
export function directionFromKeys(held: ReadonlySet<MoveKey>, yaw: number = NORTH_UP): Vec2 {
  const forward = (held.has('forward') ? 1 : 0) - (held.has('back') ? 1 : 0);
  const right = (held.has('right') ? 1 : 0) - (held.has('left') ? 1 : 0);
  if (forward === 0 && right === 0) return { x: 0, y: 0 };
  // Right of "forward" is a quarter turn clockwise, seen from above with y pointing north.
  const x = forward * Math.cos(yaw) + right * Math.cos(yaw - Math.PI / 2);
  const y = forward * Math.sin(yaw) + right * Math.sin(yaw - Math.PI / 2);
  const length = Math.hypot(x, y);
  return { x: round(x / length), y: round(y / length) };
}

/** Trig noise (cos(π/2) ≈ 6e-17) would make "the same direction" look like a new one. */
function round(value: number): number {
  const rounded = Math.round(value * 1e6) / 1e6;
  return rounded === 0 ? 0 : rounded;
}

export function sameDirection(a: Vec2, b: Vec2): boolean {
  return Math.abs(a.x - b.x) < 1e-6 && Math.abs(a.y - b.y) < 1e-6;
}
