/**
 * The one mapping between the hall's floor plan and three.js world space; every scene module goes
 * through it, so the convention lives here only.
 *
 * Floor (x east, y north, metres) → world (x, height, −y): world +y is up and north is −z. A camera
 * south of a point looking north then sees the plan as the 2D map draws it (east to the right).
 * A floor heading (radians from +x towards +y) is exactly a rotation about world +y, because that
 * rotation turns +x into (cos θ, 0, −sin θ), which is floor (cos θ, sin θ).
 */
import type { Facing, Vec2 } from '@salon/shared';
import { Vector3 } from 'three';

export function floorToWorld(x: number, y: number, height = 0, out = new Vector3()): Vector3 {
  return out.set(x, height, -y);
}

export function worldToFloor(
  point: { readonly x: number; readonly z: number },
  out: { x: number; y: number } = { x: 0, y: 0 },
): Vec2 {
  out.x = point.x;
  out.y = -point.z;
  return out;
}

/** Rotation about world +y that points local +x along a floor heading. */
export function headingToYaw(heading: number): number {
  return heading;
}

/** Rotation about world +y that points a local +z (a part's front) along a floor direction. */
export function directionToYaw(dx: number, dy: number): number {
  // Rotating +z by φ gives (sin φ, 0, cos φ); the floor direction is world (dx, 0, −dy).
  return Math.atan2(dx, -dy);
}

/** Yaw that turns a stand's local front (+z) towards the side that opens onto its alley. */
export const FACING_YAW = {
  north: directionToYaw(0, 1),
  south: directionToYaw(0, -1),
  east: directionToYaw(1, 0),
  west: directionToYaw(-1, 0),
} as const satisfies Record<Facing, number>;
