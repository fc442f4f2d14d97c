/**
 * The hall layout: what the organiser places on a hall's floor and publishes as a version.
 *
 * Coordinates are metres on the floor plane: x grows east, y grows north, the floor spans
 * (0, 0)–(width, depth). Stands are axis-aligned boxes given by their centre and size; `facing`
 * is the side of the stand that opens onto its alley (its entrance). Alleys are straight walkable
 * corridors from `from` to `to` with a width; together they form the graph avatars walk along.
 */
import { z } from 'zod';
import { LocalizedTextSchema } from '../i18n/localizedText.ts';
import { CodeSchema, IdSchema } from '../fair/ids.ts';

const METRES_MAX = 2000;
const CoordinateSchema = z.number().min(-METRES_MAX).max(METRES_MAX);
const LengthSchema = z.number().positive().max(METRES_MAX);

export const PointSchema = z.object({ x: CoordinateSchema, y: CoordinateSchema });

export const FACINGS = ['north', 'south', 'east', 'west'] as const;
export const FacingSchema = z.enum(FACINGS);
export type Facing = z.infer<typeof FacingSchema>;

export const StandSchema = z.object({
  id: IdSchema,
  exhibitorId: IdSchema,
  x: CoordinateSchema,
  y: CoordinateSchema,
  width: LengthSchema.max(40),
  depth: LengthSchema.max(40),
  facing: FacingSchema,
});
export type Stand = z.infer<typeof StandSchema>;

export const AlleySchema = z.object({
  id: IdSchema,
  /** The topic whose stands line this alley; null for connecting alleys. */
  topicCode: CodeSchema.nullable(),
  from: PointSchema,
  to: PointSchema,
  width: LengthSchema.max(30),
});
export type Alley = z.infer<typeof AlleySchema>;

export const ScreenSchema = z.object({
  id: IdSchema,
  stageId: IdSchema,
  x: CoordinateSchema,
  y: CoordinateSchema,
  width: LengthSchema.max(40),
  facing: FacingSchema,
});
export type Screen = z.infer<typeof ScreenSchema>;

export const SpawnPointSchema = z.object({
  id: IdSchema,
  x: CoordinateSchema,
  y: CoordinateSchema,
});
export type SpawnPoint = z.infer<typeof SpawnPointSchema>;

export const HallLayoutSchema = z.object({
  stands: z.array(StandSchema).max(5000),
  alleys: z.array(AlleySchema).max(2000),
  screens: z.array(ScreenSchema).max(200),
  spawnPoints: z.array(SpawnPointSchema).max(100),
});
export type HallLayout = z.infer<typeof HallLayoutSchema>;

export const HallFloorSchema = z.object({ width: LengthSchema, depth: LengthSchema });
export type HallFloor = z.infer<typeof HallFloorSchema>;

export const HallSchema = z.object({
  id: IdSchema,
  name: LocalizedTextSchema,
  floor: HallFloorSchema,
});
export type Hall = z.infer<typeof HallSchema>;
