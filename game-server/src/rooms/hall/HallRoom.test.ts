import { boot, type ColyseusTestServer } from '@colyseus/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi } from '../../../test/startApi.ts';
import { createGameServer } from '../../app.config.ts';
import type { HallRoom } from './HallRoom.ts';

let api: RunningApi;
let colyseus: ColyseusTestServer;

beforeAll(async () => {
  api = await startApi('test-secret-test-secret-test-secret-0123');
  colyseus = await boot(
    createGameServer({ HOST: '127.0.0.1', GAME_PORT: 0, SALON_API_URL: api.url }),
    0,
  );
});

afterEach(async () => {
  await colyseus.cleanup();
});

afterAll(async () => {
  await colyseus.shutdown();
  await api.close();
});

describe('HallRoom', () => {
  it('loads the published layout of its hall from the api when created', async () => {
    const room = await colyseus.createRoom<HallRoom>('hall', { hallId: 'hall-1' });
    expect(room.state.hallId).toBe('hall-1');
    expect(room.state.layoutVersion).toBe(1);
  });

  it('shows a visitor who joins to everyone in the room, and removes them on leaving', async () => {
    const room = await colyseus.createRoom<HallRoom>('hall', { hallId: 'hall-2' });
    const anna = await colyseus.connectTo(room, { name: 'Анна' });
    const boris = await colyseus.connectTo(room, { name: 'Борис' });
    await boris.waitForNextPatch();
    const names = [...boris.state.avatars.values()].map((avatar) => avatar.name).sort();
    expect(names).toEqual(['Анна', 'Борис']);

    await anna.leave();
    await boris.waitForNextPatch();
    expect([...boris.state.avatars.values()].map((avatar) => avatar.name)).toEqual(['Борис']);
  });

  it.each([
    ['no name', {}],
    ['an empty name', { name: '   ' }],
    ['a name of 500 characters', { name: 'x'.repeat(500) }],
  ])('refuses a visitor with %s and keeps the room as it was', async (_case, options) => {
    const room = await colyseus.createRoom<HallRoom>('hall', { hallId: 'hall-1' });
    await expect(colyseus.connectTo(room, options)).rejects.toThrow();
    expect(room.state.avatars.size).toBe(0);
  });

  it('cannot be created for a hall without a published layout', async () => {
    await expect(colyseus.createRoom('hall', { hallId: 'hall-404' })).rejects.toThrow();
  });
});
