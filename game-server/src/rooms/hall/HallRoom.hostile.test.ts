/**
 * Hostile clients, end to end: what the misbehaving visitor gets, and that the honest ones in the
 * same room notice nothing.
 */
import { HALL_CLOSE_CODES, MOVEMENT, distance } from '@salon/shared';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { seen, track } from '../../../test/seen.ts';
import { startHall, type HallStack, type Visit } from '../../../test/startHall.ts';
import { sleep, waitFor } from '../../../test/waitFor.ts';

let hall: HallStack;
let mallory: string;
let boris: string;
let vera: string;

beforeAll(async () => {
  hall = await startHall();
  mallory = await hall.guestToken('Мэллори');
  boris = await hall.guestToken('Борис');
  vera = await hall.guestToken('Вера');
});
afterEach(async () => hall.colyseus.cleanup());
afterAll(async () => hall.close());

/** Mallory misbehaves; Boris walks east the whole time; Vera watches both. */
async function crowd(): Promise<{ m: Visit; b: Visit; v: Visit }> {
  const m = await hall.visit(mallory);
  const b = await hall.visit(boris);
  const v = await hall.visit(vera);
  await waitFor(
    () => seen(v, m.sessionId) !== undefined && seen(v, b.sessionId) !== undefined,
    'Vera to see both',
  );
  return { m, b, v };
}

function closeCode(visit: Visit): Promise<number> {
  return new Promise((resolve) => visit.onLeave.once((code) => resolve(code)));
}

/** Boris keeps walking at full speed while `misbehave` runs, as Vera sees him. */
async function borisWalksNormallyThrough(
  { b, v }: { b: Visit; v: Visit },
  misbehave: () => Promise<void>,
): Promise<void> {
  const samples = track(v, b.sessionId);
  b.send('move', { x: 1, y: 0 });
  await waitFor(() => samples.length > 2, 'Boris to set off');
  await misbehave();
  const from = samples.length;
  await sleep(1000);
  const during = samples.slice(from);
  const first = during[0];
  const last = during.at(-1);
  if (!first || !last) throw new Error('Boris stopped moving');
  const expected = MOVEMENT.walkSpeed * ((last.at - first.at) / 1000);
  expect(distance(first, last)).toBeGreaterThan(expected * 0.8);
}

const MALFORMED: [string, unknown][] = [
  ['move', { x: 'east', y: 0 }],
  ['move', { x: Number.NaN, y: 0 }],
  ['move', { x: 1e308, y: 0 }],
  ['move', { x: Number.POSITIVE_INFINITY, y: 0 }],
  ['move', {}],
  ['move', null],
  ['move', [1, 0]],
  ['walkTo', { x: 1e9, y: 40 }],
  ['walkTo', { x: Number.NaN, y: Number.NaN }],
  ['enterStand', { standId: 42 }],
  ['enterStand', { standId: '../../etc' }],
  ['position', { x: 100, y: 40 }],
  ['teleport', { x: 100, y: 40 }],
];

describe('HallRoom with hostile clients', () => {
  it('ignores malformed messages and unknown types (a position jump among them)', async () => {
    const { m, v } = await crowd();
    const before = seen(v, m.sessionId);
    for (const [type, payload] of MALFORMED) m.send(type, payload);
    await sleep(400);
    expect(seen(v, m.sessionId)).toEqual(before);
    // Still in the room, and still obeyed when it behaves.
    m.send('move', { x: 0, y: 1 });
    await waitFor(() => (seen(v, m.sessionId)?.y ?? 0) > (before?.y ?? 0) + 1, 'Mallory to walk');
  });

  it('disconnects a client that keeps sending invalid messages; the others keep walking', async () => {
    const visits = await crowd();
    const { m, v } = visits;
    const closed = closeCode(m);
    await borisWalksNormallyThrough(visits, async () => {
      for (let index = 0; index < 40; index += 1) m.send('position', { x: index, y: 40 });
      expect(await closed).toBe(HALL_CLOSE_CODES.misbehaving);
    });
    // No reconnection window for a client the server threw out.
    await waitFor(() => seen(v, m.sessionId) === undefined, 'Mallory to vanish', 2000);
    expect(v.state.population).toBe(2);
  });

  it('rate-limits a flood of moves, then disconnects the flooder; the others keep walking', async () => {
    const visits = await crowd();
    const { m } = visits;
    const closed = closeCode(m);
    await borisWalksNormallyThrough(visits, async () => {
      for (let index = 0; index < 500; index += 1) m.send('move', { x: index % 2 ? 1 : -1, y: 0 });
      expect(await closed).toBe(HALL_CLOSE_CODES.misbehaving);
    });
  });

  it('allows a burst of moves that pathfinding requests of the same size would not', async () => {
    const { m, v } = await crowd();
    const closed = closeCode(m);
    for (let index = 0; index < 25; index += 1) m.send('move', { x: 0, y: index % 2 ? 1 : -1 });
    await sleep(300);
    expect(seen(v, m.sessionId)).toBeDefined();
    for (let index = 0; index < 30; index += 1) m.send('walkTo', { x: 30 + index, y: 40 });
    expect(await closed).toBe(HALL_CLOSE_CODES.misbehaving);
  });
});
