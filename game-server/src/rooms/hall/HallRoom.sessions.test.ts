/**
 * Connections over time: a full room overflowing into another room of the same hall, and a
 * dropped connection coming back into the same avatar. This file's server has tiny rooms (two
 * visitors) and a short reconnection window (2 s) so that both can be seen quickly.
 */
import { Client } from '@colyseus/sdk';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { seen } from '../../../test/seen.ts';
import { startHall, type HallStack, type Visit } from '../../../test/startHall.ts';
import { dropConnection } from '../../../test/visitors.ts';
import { sleep, waitFor } from '../../../test/waitFor.ts';
import type { HallState } from './HallState.ts';

let hall: HallStack;
let anna: string;
let boris: string;
let vera: string;

beforeAll(async () => {
  hall = await startHall({ HALL_MAX_CLIENTS: 2, HALL_RECONNECT_SECONDS: 2 });
  anna = await hall.guestToken('Анна');
  boris = await hall.guestToken('Борис');
  vera = await hall.guestToken('Вера');
});
afterEach(async () => hall.colyseus.cleanup());
afterAll(async () => hall.close());

/** Anna has walked a little way (so her position is her own), and Boris sees her. */
async function annaWalkedAndBorisWatching(): Promise<{ a: Visit; b: Visit }> {
  const a = await hall.visit(anna);
  const b = await hall.visit(boris);
  a.send('move', { x: 1, y: 0 });
  await sleep(400);
  a.send('stop');
  await waitFor(() => seen(b, a.sessionId)?.state === 'idle', 'Anna to stand still');
  return { a, b };
}

/** Records whether Boris ever stops seeing Anna. */
function watchPresence(b: Visit, sessionId: string): { lost: boolean } {
  const watch = { lost: false };
  b.onStateChange(() => {
    if (!seen(b, sessionId)) watch.lost = true;
  });
  return watch;
}

describe('HallRoom sessions', () => {
  it('places a visitor in another room of the same hall when the first is full', async () => {
    const a = await hall.visit(anna);
    const b = await hall.visit(boris);
    const c = await hall.visit(vera);
    expect(b.roomId).toBe(a.roomId);
    expect(c.roomId).not.toBe(a.roomId);
    expect(c.state.hallId).toBe('hall-1');
    expect(c.state.population).toBe(1);
    expect(seen(c, a.sessionId)).toBeUndefined();
    await waitFor(() => a.state.population === 2, 'two in the first room');
  });

  it('reconnects a dropped connection into the same avatar, where it stood', async () => {
    const { a, b } = await annaWalkedAndBorisWatching();
    const before = seen(b, a.sessionId);
    const watch = watchPresence(b, a.sessionId);
    const sessionId = a.sessionId;
    a.reconnection.minUptime = 0;
    const reconnected = new Promise<void>((resolve) => a.onReconnect.once(() => resolve()));

    dropConnection(hall, a);
    await reconnected;
    expect(a.sessionId).toBe(sessionId);
    expect(seen(b, a.sessionId)).toEqual(before);
    expect(b.state.population).toBe(2);

    // The reconnected client drives its avatar again.
    a.send('move', { x: 0, y: 1 });
    await waitFor(() => (seen(b, sessionId)?.y ?? 0) > (before?.y ?? 0) + 1, 'Anna to walk on');
    expect(watch.lost).toBe(false);
  });

  it('lets a reloaded page come back with its saved reconnection token', async () => {
    const { a, b } = await annaWalkedAndBorisWatching();
    const before = seen(b, a.sessionId);
    const watch = watchPresence(b, a.sessionId);
    a.reconnection.enabled = false;
    const token = a.reconnectionToken;
    const left = new Promise<void>((resolve) => a.onLeave.once(() => resolve()));

    dropConnection(hall, a);
    await left;
    const again = await new Client(hall.gameUrl).reconnect<HallState>(token);
    expect(again.sessionId).toBe(a.sessionId);
    await waitFor(() => seen(again, again.sessionId) !== undefined, 'Anna to see herself');
    expect(seen(again, again.sessionId)).toEqual(before);
    expect(seen(b, a.sessionId)).toEqual(before);
    expect(watch.lost).toBe(false);
  });

  it('removes an avatar whose visitor does not come back within the window', async () => {
    const { a, b } = await annaWalkedAndBorisWatching();
    a.reconnection.enabled = false;
    dropConnection(hall, a);
    await sleep(1000);
    expect(seen(b, a.sessionId)).toBeDefined();
    await waitFor(() => seen(b, a.sessionId) === undefined, 'Anna to be removed', 3000);
    expect(b.state.population).toBe(1);
  });
});
