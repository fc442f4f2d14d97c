/**
 * How avatars move, in one table that the game server (authoritative) and the client
 * (prediction) both read. Changing a number here changes it on both sides.
 */
export const MOVEMENT = {
  /** Top walking speed, metres per second. Nothing moves faster, whatever a client asks. */
  walkSpeed: 3.5,
  /** Avatars are treated as squares of this half-size against stands and walls, metres. */
  avatarRadius: 0.35,
  /** Server simulation rate; also the rate at which it sends state. */
  tickHz: 20,
  /** A path waypoint counts as reached within this distance, metres. */
  arriveDistance: 0.15,
  /** A visitor may enter a stand when this close to its entrance, metres. */
  standReach: 3,
} as const;

export const TICK_SECONDS = 1 / MOVEMENT.tickHz;

/** Positions travel as integers of this many metres: 10 cm is finer than an avatar's step. */
export const POSITION_QUANTUM = 0.1;

export function quantize(metres: number): number {
  return Math.round(metres / POSITION_QUANTUM);
}

export function dequantize(units: number): number {
  return units * POSITION_QUANTUM;
}

/** Heading in radians to one byte, and back. */
export function quantizeHeading(radians: number): number {
  const turn = (((radians / (2 * Math.PI)) % 1) + 1) % 1;
  return Math.round(turn * 256) % 256;
}

export function dequantizeHeading(byte: number): number {
  return (byte / 256) * 2 * Math.PI;
}
