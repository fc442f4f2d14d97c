/**
 * The third-person camera's geometry, pure so it can be tested: where the eye goes for an orbit
 * around a floor point, how it stays inside the hall, and the overview of a whole hall.
 *
 * An orbit's `yaw` is the floor heading the camera looks along (radians from +x towards +y, like
 * avatar headings), `pitch` how far it looks down, `distance` how far the eye is from the target.
 * "Behind the avatar" is yaw = the avatar's heading.
 */
import type { HallFloor } from '@salon/shared';
import type { Vector3 } from 'three';
import { floorToWorld } from './floorToWorld.ts';

export interface Orbit {
  yaw: number;
  pitch: number;
  distance: number;
}

export const FOLLOW = {
  distance: 9,
  minDistance: 3.5,
  maxDistance: 32,
  pitch: 0.5,
  minPitch: 0.3,
  maxPitch: 1.35,
  /** Height of the point the camera orbits: an avatar's chest. */
  targetHeight: 1.3,
  /** How far ahead of a walking avatar the camera looks. */
  lookAhead: 2.5,
} as const;

/** Keeps the eye this far inside the walls and this high above the floor. */
const WALL_MARGIN = 0.6;
const MIN_EYE_HEIGHT = 0.8;

export function orbitPose(
  x: number,
  y: number,
  targetHeight: number,
  orbit: Orbit,
  lookAhead: number,
  eye: Vector3,
  look: Vector3,
): void {
  const dx = Math.cos(orbit.yaw);
  const dy = Math.sin(orbit.yaw);
  const horizontal = orbit.distance * Math.cos(orbit.pitch);
  const height = targetHeight + orbit.distance * Math.sin(orbit.pitch);
  floorToWorld(x - dx * horizontal, y - dy * horizontal, height, eye);
  floorToWorld(x + dx * lookAhead, y + dy * lookAhead, targetHeight, look);
}

/** Pulls a world-space eye back inside the hall's walls and above its floor. */
export function clampToHall(eye: Vector3, floor: HallFloor): Vector3 {
  eye.x = clamp(eye.x, WALL_MARGIN, floor.width - WALL_MARGIN);
  // World z is minus the floor's y (floorToWorld.ts).
  eye.z = clamp(eye.z, -(floor.depth - WALL_MARGIN), -WALL_MARGIN);
  eye.y = Math.max(eye.y, MIN_EYE_HEIGHT);
  return eye;
}

/** An orbit that shows the whole hall from above its south side. */
export function overviewOrbit(floor: HallFloor): Orbit {
  const size = Math.max(floor.width, floor.depth);
  return { yaw: Math.PI / 2, pitch: 0.85, distance: size };
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Moves an angle towards a target by the shorter way round, a share `amount` (0…1) of the turn. */
export function turnTowards(from: number, to: number, amount: number): number {
  let turn = (to - from) % (Math.PI * 2);
  if (turn > Math.PI) turn -= Math.PI * 2;
  if (turn < -Math.PI) turn += Math.PI * 2;
  return from + turn * amount;
}
