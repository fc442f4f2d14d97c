/**
 * The `hall` room type as the server registers it: HallRoom with the session check bound to this
 * server's secret, and the room settings from its config. Settings travel as the handler's default
 * options, which the matchmaker applies over whatever a client sends, so no client can create a
 * room with interest management off or a different capacity. Rooms are filtered by hallId: a
 * full room (maxClients) is locked, and joinOrCreate opens another room of the same hall.
 */
import { defineRoom, type AuthContext, type RegisteredHandler } from '@colyseus/core';
import type { SessionVerifier } from '../../auth/sessionVerifier.ts';
import { HallRoom } from './HallRoom.ts';
import type { HallRoomOptions } from './hallRoomOptions.ts';

export function defineHallRoom(
  verify: SessionVerifier,
  settings: Omit<HallRoomOptions, 'hallId'>,
): RegisteredHandler<HallRoom> {
  class SessionHallRoom extends HallRoom {
    /** Runs at matchmaking, before a seat is reserved: a bad token never takes a place. */
    static override async onAuth(token: string, _options: unknown, _context: AuthContext) {
      return verify(token);
    }
  }
  return defineRoom(SessionHallRoom, settings).filterBy(['hallId']);
}
