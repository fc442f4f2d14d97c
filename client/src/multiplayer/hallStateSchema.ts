/**
 * The decoded hall room state as this client reads it: the shape of the game server's
 * `HallState` (game-server/src/rooms/hall/HallState.ts), written out as types only, since the
 * client must not import server code. Positions are int16 units of POSITION_QUANTUM metres,
 * headings one byte, `state` an index into AVATAR_STATES.
 */
import type { ArraySchema, MapSchema, Schema } from '@colyseus/schema';

export interface AvatarSchema extends Schema {
  userId: string;
  name: string;
  role: string;
  color: string;
  x: number;
  y: number;
  heading: number;
  state: number;
  standId: string;
}

export interface HallStateSchema extends Schema {
  hallId: string;
  layoutVersion: number;
  avatars: MapSchema<AvatarSchema>;
  standOccupancy: MapSchema<number>;
  population: number;
  density: ArraySchema<number>;
  densityColumns: number;
}
