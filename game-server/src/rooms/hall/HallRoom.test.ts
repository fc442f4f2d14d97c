import { Client } from '@colyseus/sdk';
import { MOVEMENT, POSITION_QUANTUM, TICK_SECONDS, avatarColor, distance } from '@salon/shared';
import { SignJWT } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { JITTER_MS } from './FixedSteps.ts';
import { onAlley, standOf } from '../../../test/hallFixture.ts';
import { seen, track } from '../../../test/seen.ts';
import { TEST_SECRET, startHall, type HallStack } from '../../../test/startHall.ts';
import { dropConnection, refusal, twoVisitors } from '../../../test/visitors.ts';
import { sleep, waitFor } from '../../../test/waitFor.ts';

let hall: HallStack;
let anna: string;
let boris: string;

beforeAll(async () => {
  hall = await startHall();
  anna = await hall.guestToken('Анна');
  boris = await hall.guestToken('Борис');
});
afterEach(async () => hall.colyseus.cleanup());
afterAll(async () => hall.close());

/** Anna and Boris in the same room, each seeing the other. */
function annaAndBoris() {
  return twoVisitors(hall, anna, boris);
}

async function signed(claims: Record<string, unknown>, secret = TEST_SECRET, expires = '1h') {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setExpirationTime(expires)
    .sign(new TextEncoder().encode(secret));
}

describe('HallRoom', () => {
  it('loads the published layout of its hall and sizes the density map to the floor', async () => {
    const a = await hall.visit(anna);
    expect(a.state.hallId).toBe('hall-1');
    expect(a.state.layoutVersion).toBe(1);
    expect(a.state.densityColumns).toBe(20);
    expect(a.state.density.length).toBe(20 * 10);
  });

  it('cannot be created for a hall without a published layout, or for no hall', async () => {
    await expect(hall.visit(anna, 'hall-404')).rejects.toMatchObject({ code: 404 });
    await expect(hall.visit(anna, '../api')).rejects.toMatchObject({ code: 400 });
  });

  it('shows a visitor who joins with a guest token to everyone, at a spawn point, idle', async () => {
    const { a, b } = await annaAndBoris();
    const annaSeen = seen(b, a.sessionId);
    expect(annaSeen).toMatchObject({ name: 'Анна', role: 'visitor', state: 'idle', standId: '' });
    expect(annaSeen?.color).toBe(avatarColor(annaSeen?.userId ?? ''));
    expect(distance(annaSeen ?? { x: 0, y: 0 }, { x: 7, y: 40 })).toBeLessThan(4);
    expect(b.state.population).toBe(2);
    expect(seen(a, b.sessionId)?.name).toBe('Борис');
  });

  it.each([
    ['no token', async () => ''],
    ['a malformed token', async () => 'not-a-jwt'],
    [
      'a token signed with another secret',
      async () => signed({ sub: crypto.randomUUID(), name: 'X', role: 'visitor' }, 'x'.repeat(40)),
    ],
    [
      'an expired token',
      async () =>
        signed({ sub: crypto.randomUUID(), name: 'X', role: 'visitor' }, TEST_SECRET, '-1m'),
    ],
    [
      'a token with a made-up role',
      async () => signed({ sub: crypto.randomUUID(), name: 'X', role: 'king' }),
    ],
  ])('refuses a visitor with %s and nobody sees them', async (_case, token) => {
    const a = await hall.visit(anna);
    await expect(hall.visit(await token())).rejects.toThrow();
    await sleep(150);
    expect(a.state.population).toBe(1);
    expect(a.state.avatars.size).toBe(1);
  });

  it('removes the avatar of a visitor who leaves at once', async () => {
    const { a, b } = await annaAndBoris();
    await a.leave();
    await waitFor(() => seen(b, a.sessionId) === undefined, 'Anna to be gone', 2000);
    expect(b.state.population).toBe(1);
  });

  it('walks in the direction of a move and stops on stop', async () => {
    const { a, b, start } = await annaAndBoris();
    a.send('move', { x: 1, y: 0 });
    await waitFor(() => (seen(b, a.sessionId)?.x ?? 0) > start.x + 2, 'Anna to walk east');
    expect(seen(b, a.sessionId)?.state).toBe('walking');
    a.send('stop');
    await waitFor(() => seen(b, a.sessionId)?.state === 'idle', 'Anna to stop');
    const stopped = seen(b, a.sessionId);
    await sleep(300);
    expect(seen(b, a.sessionId)).toEqual(stopped);
    expect(stopped?.y).toBeCloseTo(start.y, 5);
  });

  it('never walks faster than walking speed, diagonally or with a move longer than 1', async () => {
    const { a, b, start } = await annaAndBoris();
    a.send('move', { x: 5, y: 0 });
    await sleep(300);
    expect(seen(b, a.sessionId)).toMatchObject({ x: start.x, y: start.y, state: 'idle' });

    const samples = track(b, a.sessionId);
    const sentAt = performance.now();
    a.send('move', { x: 1, y: 1 });
    await sleep(1500);
    a.send('stop');
    // At every patch Boris decodes, Anna is no farther from where she stood than walking speed
    // allows since the move was sent, plus: the one tick a fresh intent may be credited with, one
    // step owed from a frame that came late before the move (a busy CI machine), the few
    // milliseconds a step may run early, and the quantum. A move of 5 or an unnormalised diagonal
    // would outrun this by far more over 1.5 s.
    const slack =
      MOVEMENT.walkSpeed * (2 * TICK_SECONDS + JITTER_MS / 1000) + POSITION_QUANTUM + 1e-9;
    for (const sample of samples) {
      const seconds = (sample.at - sentAt) / 1000;
      expect(distance(start, sample)).toBeLessThanOrEqual(MOVEMENT.walkSpeed * seconds + slack);
    }
    expect(distance(start, samples.at(-1) ?? start)).toBeGreaterThan(3);
  });

  it('walks along the alleys to a walkTo target and arrives there', async () => {
    const { a, b } = await annaAndBoris();
    const samples = track(b, a.sessionId);
    const target = { x: 30, y: 48 };
    a.send('walkTo', target);
    // Boris follows a little behind, so that Anna stays well within his view.
    b.send('walkTo', { x: 30, y: 42 });
    await waitFor(() => seen(b, a.sessionId)?.state === 'walking', 'Anna to set off');
    await waitFor(() => seen(b, a.sessionId)?.state === 'idle', 'Anna to arrive', 25_000);
    expect(distance(seen(b, a.sessionId) ?? { x: 0, y: 0 }, target)).toBeLessThan(0.3);
    expect(samples.filter((sample) => !onAlley(sample))).toEqual([]);
  });

  it('refuses a walkTo target off the alleys or inside a stand, and stays put', async () => {
    const { a, b, start } = await annaAndBoris();
    let refused = refusal(a);
    a.send('walkTo', { x: 3, y: 5 });
    expect(await refused).toEqual({ type: 'walkTo', reason: 'goalOffGraph' });
    refused = refusal(a);
    a.send('walkTo', standOf('h1-s004').stand);
    expect(await refused).toEqual({ type: 'walkTo', reason: 'goalNotWalkable' });
    expect(seen(b, a.sessionId)).toMatchObject({ x: start.x, y: start.y, state: 'idle' });
  });

  it('gives each join its own avatar, even for the same person', async () => {
    const a = await hall.visit(anna);
    const again = new Client(hall.gameUrl);
    again.auth.token = anna;
    const second = await again.joinOrCreate('hall', { hallId: 'hall-1' });
    await waitFor(() => a.state.population === 2, 'two avatars');
    expect(second.sessionId).not.toBe(a.sessionId);
  });

  it('replaces a dropped avatar at once when the same person joins anew', async () => {
    const { a, b } = await annaAndBoris();
    a.reconnection.enabled = false;
    dropConnection(hall, a);
    await sleep(200);
    const again = await hall.visit(anna);
    await waitFor(() => seen(b, a.sessionId) === undefined, 'the old avatar to go', 1000);
    await waitFor(() => seen(b, again.sessionId)?.name === 'Анна', 'the new avatar to appear');
    expect(b.state.population).toBe(2);
  });
});
