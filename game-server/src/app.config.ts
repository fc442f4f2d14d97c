/** The Colyseus server definition: room types and HTTP routes. */
import { createEndpoint, createRouter, defineServer } from '@colyseus/core';
import { Encoder } from '@colyseus/schema';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { HALL_ROOM } from '@salon/shared';
import { createSessionVerifier } from './auth/sessionVerifier.ts';
import type { GameConfig } from './config.ts';
import { defineHallRoom } from './rooms/hall/defineHallRoom.ts';

// The full state of a room without interest management (250 avatars, about 30 KB) must fit
// the encoder's buffer, or schema warns and regrows it on every join.
Encoder.BUFFER_SIZE = 64 * 1024;

export function createGameServer(config: GameConfig) {
  return defineServer({
    transport: new WebSocketTransport(),
    greet: false,
    rooms: {
      [HALL_ROOM]: defineHallRoom(createSessionVerifier(config.SALON_SESSION_SECRET), {
        apiUrl: config.SALON_API_URL,
        maxClients: config.HALL_MAX_CLIENTS,
        reconnectSeconds: config.HALL_RECONNECT_SECONDS,
        interest: config.HALL_INTEREST,
      }),
    },
    routes: createRouter({
      health: createEndpoint('/health', { method: 'GET' }, () => Promise.resolve({ status: 'ok' })),
    }),
  });
}
