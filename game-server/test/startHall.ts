/**
 * A real game server for a room test file, on a free port, talking to the real api that
 * globalSetup started; plus visitors that join the way the client does: a guest token from the
 * api, then `joinOrCreate('hall')` on their own SDK client with the token as `auth.token`.
 * Each file has its own game server (and settings), so files run side by side.
 */
import { ColyseusTestServer } from '@colyseus/testing';
import { Client, type Room as SdkRoom } from '@colyseus/sdk';
import { HALL_ROOM, SessionSchema } from '@salon/shared';
import { createGameServer } from '../src/app.config.ts';
import type { GameConfig } from '../src/config.ts';
import type { HallState } from '../src/rooms/hall/HallState.ts';
import { inject } from 'vitest';
import { freePort } from '../../scripts/lib/freePort.ts';
import { TEST_SECRET } from './globalSetup.ts';

export { TEST_SECRET };

export type Visit = SdkRoom<unknown, HallState>;

export interface HallStack {
  readonly colyseus: ColyseusTestServer;
  readonly apiUrl: string;
  readonly gameUrl: string;
  /** A guest session token from the api (30 a minute for all files together: reuse them). */
  guestToken(displayName: string): Promise<string>;
  /** Joins a hall as the holder of `token` on a fresh SDK client; resolves with the state in. */
  visit(token: string, hallId?: string): Promise<Visit>;
  close(): Promise<void>;
}

export async function startHall(overrides: Partial<GameConfig> = {}): Promise<HallStack> {
  const apiUrl = inject('apiUrl');
  const port = await freePort();
  const server = createGameServer({
    HOST: '127.0.0.1',
    GAME_PORT: port,
    SALON_API_URL: apiUrl,
    SALON_SESSION_SECRET: TEST_SECRET,
    HALL_MAX_CLIENTS: 250,
    HALL_RECONNECT_SECONDS: 20,
    HALL_INTEREST: true,
    ...overrides,
  });
  await server.listen(port, '127.0.0.1');
  const colyseus = new ColyseusTestServer(server);
  const gameUrl = `ws://127.0.0.1:${port}`;
  return {
    colyseus,
    apiUrl,
    gameUrl,
    async guestToken(displayName) {
      const response = await fetch(`${apiUrl}/api/sessions/guest`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ displayName }),
      });
      if (response.status !== 201) throw new Error(`Guest session: ${response.status}`);
      return SessionSchema.parse(await response.json()).token;
    },
    async visit(token, hallId = 'hall-1') {
      const client = new Client(gameUrl);
      client.auth.token = token;
      const room = await client.joinOrCreate<HallState>(HALL_ROOM, { hallId });
      await room.waitForInitialState();
      return room;
    },
    async close() {
      await colyseus.shutdown();
    },
  };
}
