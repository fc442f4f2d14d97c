/** The Colyseus server definition: room types and HTTP routes. */
import { createEndpoint, createRouter, defineRoom, defineServer } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import type { GameConfig } from './config.ts';
import { HallRoom } from './rooms/hall/HallRoom.ts';

export function createGameServer(config: GameConfig) {
  return defineServer({
    transport: new WebSocketTransport(),
    greet: false,
    rooms: {
      hall: defineRoom(HallRoom, { apiUrl: config.SALON_API_URL }).filterBy(['hallId']),
    },
    routes: createRouter({
      health: createEndpoint('/health', { method: 'GET' }, () => Promise.resolve({ status: 'ok' })),
    }),
  });
}
