/**
 * The live, per-frame picture of the hall that the 3D scene and the 2D map draw from. It is a
 * plain mutable object, written by the multiplayer layer (server state, interpolation, local
 * prediction) and read inside `useFrame` / animation frames: values that change every frame
 * never go through React state (STYLE.md principle 7). React only re-renders on the rare
 * `structureVersion` changes (an avatar joins or leaves, the layout is replaced).
 */
import type { AvatarState, HallLayout, HallFloor, Vec2 } from '@salon/shared';

export interface AvatarView {
  /** The room's session id of this avatar. */
  readonly id: string;
  readonly userId: string;
  name: string;
  role: string;
  color: string;
  /** Interpolated (others) or predicted (self) position on the floor, metres. */
  x: number;
  y: number;
  /** Radians from +x towards +y. */
  heading: number;
  state: AvatarState;
  standId: string;
}

export interface HallWorld {
  hallId: string;
  floor: HallFloor;
  layout: HallLayout;
  /** Every avatar this client currently knows about (interest management filters far ones). */
  readonly avatars: Map<string, AvatarView>;
  /** The id of this client's own avatar once joined, else null. */
  selfId: string | null;
  /** The path the own avatar is walking (shown on the floor), or null. */
  path: Vec2[] | null;
  /** The stand near enough to enter (highlighted with its "Enter" prompt), or null. */
  nearStandId: string | null;
  /** Avatars per density cell, row-major, for the map's heat layer. */
  density: number[];
  densityColumns: number;
  densityCellMetres: number;
  /** Bumped when avatars join/leave or the layout changes; React may subscribe to this. */
  structureVersion: number;
  /**
   * Where the view looks along the floor (radians from +x towards +y), written by the scene's
   * camera as it orbits; "forward" on the keyboard and joystick walks this way. North (π/2)
   * for views that do not turn, like the map.
   */
  cameraYaw: number;
}

export function createHallWorld(hallId: string, floor: HallFloor, layout: HallLayout): HallWorld {
  return {
    hallId,
    floor,
    layout,
    avatars: new Map(),
    selfId: null,
    path: null,
    nearStandId: null,
    density: [],
    densityColumns: 0,
    densityCellMetres: 8,
    structureVersion: 0,
    cameraYaw: Math.PI / 2,
  };
}
