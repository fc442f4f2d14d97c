/**
 * Stands as visitors meet them: a wall that holds, whichever way one walks into it, and an
 * entrance where one may step in and be counted.
 */
import { POSITION_QUANTUM, distance } from '@salon/shared';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { penetration, standOf } from '../../../test/hallFixture.ts';
import { seen, track } from '../../../test/seen.ts';
import { startHall, type HallStack } from '../../../test/startHall.ts';
import { refusal, twoVisitors } from '../../../test/visitors.ts';
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

function annaAndBoris() {
  return twoVisitors(hall, anna, boris);
}

describe('HallRoom stands', () => {
  it('stops a visitor who walks into a stand at its side: never inside its box', async () => {
    const { a, b, start } = await annaAndBoris();
    const { stand, box } = standOf('h1-s004');
    const samples = track(b, a.sessionId);
    const gap = distance(start, stand);
    a.send('move', { x: (stand.x - start.x) / gap, y: (stand.y - start.y) / gap });
    await sleep(6000);
    a.send('stop');
    const depths = samples.map((sample) => penetration(box, sample));
    expect(Math.max(...depths)).toBeLessThanOrEqual(POSITION_QUANTUM / 2 + 1e-9);
    // It did reach the stand (and slid along it), rather than stopping short.
    expect(Math.max(...depths)).toBeGreaterThan(-POSITION_QUANTUM);
  });

  it('lets a visitor enter a stand only within reach of its entrance, and counts who is there', async () => {
    const { a, b } = await annaAndBoris();
    const { entrance, box } = standOf('h1-s002');
    let refused = refusal(a);
    a.send('enterStand', { standId: 'h1-s002' });
    expect(await refused).toEqual({ type: 'enterStand', reason: 'outOfReach' });
    refused = refusal(a);
    a.send('enterStand', { standId: 'h1-s999' });
    expect(await refused).toEqual({ type: 'enterStand', reason: 'unknownStand' });
    expect(b.state.standOccupancy.get('h1-s002')).toBeUndefined();

    a.send('walkTo', entrance);
    // Boris comes along, so that Anna stays well within his view.
    b.send('walkTo', { x: 30, y: 44 });
    await waitFor(() => seen(b, a.sessionId)?.state === 'walking', 'Anna to set off');
    await waitFor(() => seen(b, a.sessionId)?.state === 'idle', 'Anna at the entrance', 25_000);
    a.send('enterStand', { standId: 'h1-s002' });
    await waitFor(() => seen(b, a.sessionId)?.state === 'atStand', 'Anna at the stand');
    expect(seen(b, a.sessionId)?.standId).toBe('h1-s002');
    expect(b.state.standOccupancy.get('h1-s002')).toBe(1);

    // Walking on (here: straight into the stand's front) leaves it, and the wall holds.
    const samples = track(b, a.sessionId);
    a.send('move', { x: -1, y: 0 });
    await waitFor(() => seen(b, a.sessionId)?.state === 'walking', 'Anna to walk off');
    expect(seen(b, a.sessionId)?.standId).toBe('');
    expect(b.state.standOccupancy.get('h1-s002')).toBeUndefined();
    await sleep(800);
    expect(Math.max(...samples.map((sample) => penetration(box, sample)))).toBeLessThanOrEqual(
      POSITION_QUANTUM / 2 + 1e-9,
    );
  });
});
