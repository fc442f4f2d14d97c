/**
 * Interest management as visitors notice it: who is in their decoded state. Everyone spawns at
 * the west end of the main alley, so "far" is made by walking: Anna walks 33 m east.
 */
import { distance } from '@salon/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seen } from '../../../test/seen.ts';
import { startHall, type HallStack } from '../../../test/startHall.ts';
import { sleep, waitFor } from '../../../test/waitFor.ts';
import { INTEREST } from './interestManagement.ts';

let hall: HallStack;

beforeAll(async () => {
  hall = await startHall();
});
afterAll(async () => hall.close());

describe('HallRoom interest management', () => {
  it('sends each client only the avatars near its own, and brings one in as it comes near', async () => {
    const a = await hall.visit(await hall.guestToken('Анна'));
    const b = await hall.visit(await hall.guestToken('Борис'));
    await waitFor(() => seen(b, a.sessionId) !== undefined, 'Boris to see Anna nearby');

    a.send('walkTo', { x: 40, y: 40 });
    await waitFor(() => seen(b, a.sessionId) === undefined, 'Anna to leave Boris’ view', 25_000);
    // Beyond the leave radius: whatever Anna does now, Boris receives none of it.
    expect(seen(a, a.sessionId)).toBeDefined();
    expect(b.state.population).toBe(2);
    await waitFor(() => seen(a, a.sessionId)?.state === 'idle', 'Anna to arrive', 25_000);
    const annaAt = seen(a, a.sessionId);
    if (!annaAt) throw new Error('Anna cannot see herself');

    // A newcomer at the spawn gets Boris (near) but not Anna (far).
    const c = await hall.visit(await hall.guestToken('Вера'));
    await waitFor(() => seen(c, b.sessionId) !== undefined, 'Vera to see Boris');
    await sleep(300);
    expect(seen(c, a.sessionId)).toBeUndefined();
    expect(c.state.population).toBe(3);

    // Boris walks towards Anna: she appears once he is within the enter radius.
    b.send('move', { x: 1, y: 0 });
    await waitFor(() => seen(b, a.sessionId) !== undefined, 'Anna to come into view', 20_000);
    const borisAt = seen(b, b.sessionId);
    b.send('stop');
    expect(distance(borisAt ?? { x: 0, y: 0 }, annaAt)).toBeLessThanOrEqual(
      INTEREST.enterRadius + 1.5,
    );

    // Stepping back past the enter radius, but not the leave radius, keeps her in view:
    // an avatar at the edge does not flicker in and out.
    b.send('move', { x: -1, y: 0 });
    await sleep(600);
    b.send('stop');
    await sleep(400);
    const backAt = seen(b, b.sessionId) ?? { x: 0, y: 0 };
    expect(distance(backAt, annaAt)).toBeGreaterThan(INTEREST.enterRadius);
    expect(distance(backAt, annaAt)).toBeLessThan(INTEREST.leaveRadius);
    expect(seen(b, a.sessionId)).toBeDefined();
  });
});
