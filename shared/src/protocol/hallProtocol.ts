/**
 * The hall room's wire protocol: what a client may send and with which payloads. Clients send
 * intents, never positions; the server validates every message against these schemas.
 */
import { z } from 'zod';
import { IdSchema } from '../fair/ids.ts';

export const HALL_ROOM = 'hall';

export const HallJoinOptionsSchema = z.object({ hallId: IdSchema });
export type HallJoinOptions = z.infer<typeof HallJoinOptionsSchema>;

const Axis = z.number().min(-1).max(1);
const Coordinate = z.number().min(-2000).max(2000);

export const HALL_MESSAGES = {
  /** Walk in a direction (keyboard, joystick); zero length stops. */
  move: z.object({ x: Axis, y: Axis }),
  /** Walk to a point along the alleys (click on the floor or the map). */
  walkTo: z.object({ x: Coordinate, y: Coordinate }),
  stop: z.object({}),
  enterStand: z.object({ standId: IdSchema }),
  leaveStand: z.object({}),
} as const;

export type HallMessageType = keyof typeof HALL_MESSAGES;
export type HallMessage<Type extends HallMessageType> = z.infer<(typeof HALL_MESSAGES)[Type]>;

export const AVATAR_STATES = ['idle', 'walking', 'atStand'] as const;
export type AvatarState = (typeof AVATAR_STATES)[number];

/** Why the server closed a connection, as WebSocket close codes in the application range. */
export const HALL_CLOSE_CODES = {
  invalidSession: 4401,
  misbehaving: 4429,
  hallNotFound: 4404,
} as const;
