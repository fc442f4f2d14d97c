/**
 * What clients of a hall room see. Positions are quantized (`POSITION_QUANTUM` metres per unit,
 * int16) and headings are one byte; the server keeps exact positions in its simulation and
 * writes these fields once per tick. `avatars` is filtered per client by interest management:
 * each client's view holds only the avatars near it. Everything else is seen by everyone.
 */
import { schema, t, type SchemaType } from '@colyseus/schema';

export const Avatar = schema(
  {
    userId: t.string(),
    name: t.string(),
    role: t.string(),
    color: t.string(),
    x: t.int16(),
    y: t.int16(),
    heading: t.uint8(),
    /** Index into AVATAR_STATES: idle, walking, atStand. */
    state: t.uint8(),
    /** The stand this avatar is at, or '' when not at one. */
    standId: t.string(),
  },
  'Avatar',
);
export type Avatar = SchemaType<typeof Avatar>;

export const HallState = schema(
  {
    hallId: t.string(),
    layoutVersion: t.uint32(),
    avatars: t.map(Avatar).view(),
    /** standId → how many avatars are at that stand. */
    standOccupancy: t.map('uint16'),
    /** Everyone in this room, near or far. */
    population: t.uint16(),
    /** Avatars per cell of DENSITY_CELL metres, row-major, `densityColumns` cells per row. */
    density: t.array('uint8'),
    densityColumns: t.uint16(),
  },
  'HallState',
);
export type HallState = SchemaType<typeof HallState>;

export const DENSITY_CELL_METRES = 8;
