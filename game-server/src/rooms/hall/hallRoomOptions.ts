/** What a hall room is created with, and what it says back to a client besides the state. */
import type { Client } from '@colyseus/core';
import { IdSchema, type HallMessageType, type SessionClaims } from '@salon/shared';
import { z } from 'zod';
import type { Refusal } from './AvatarSimulation.ts';

/** Set by the server definition; the matchmaker lets these override anything a client sends. */
export const HallRoomOptionsSchema = z.object({
  hallId: IdSchema,
  apiUrl: z.url(),
  maxClients: z.number().int().min(1),
  reconnectSeconds: z.number().min(0),
  interest: z.boolean(),
});
export type HallRoomOptions = z.infer<typeof HallRoomOptionsSchema>;

/** Sent to one client when the server declines an intent it could not have predicted. */
export interface RefusedMessage {
  type: HallMessageType;
  reason: Refusal;
}

export type HallClient = Client<{ auth: SessionClaims; messages: { refused: RefusedMessage } }>;
