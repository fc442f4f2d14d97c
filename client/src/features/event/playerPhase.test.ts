import { describe, expect, it } from 'vitest';
import { broadcastPoll, playerPhase } from './playerPhase.ts';

const times = { startsAt: '2027-04-26T10:00:00+03:00', endsAt: '2027-04-26T11:00:00+03:00' };
const at = (iso: string) => Date.parse(iso);

describe('playerPhase', () => {
  it('counts down before the start of a scheduled event', () => {
    expect(playerPhase('scheduled', times, at('2027-04-26T09:59:00+03:00'))).toBe('upcoming');
  });

  it('waits for the studio once the start time has passed', () => {
    expect(playerPhase('scheduled', times, at('2027-04-26T10:05:00+03:00'))).toBe('starting');
  });

  it('treats a scheduled event past its end as over', () => {
    expect(playerPhase('scheduled', times, at('2027-04-26T11:00:01+03:00'))).toBe('ended');
  });

  it('follows the studio whatever the schedule says', () => {
    expect(playerPhase('live', times, at('2027-04-25T10:00:00+03:00'))).toBe('live');
    expect(playerPhase('live', times, at('2027-04-27T10:00:00+03:00'))).toBe('live');
    expect(playerPhase('ended', times, at('2027-04-26T09:00:00+03:00'))).toBe('ended');
  });
});

describe('broadcastPoll', () => {
  it('asks rarely days ahead and often near the start', () => {
    expect(broadcastPoll('upcoming', 3 * 24 * 3600_000)).toBe(60_000);
    expect(broadcastPoll('upcoming', 5 * 60_000)).toBe(10_000);
    expect(broadcastPoll('starting', -60_000)).toBe(10_000);
  });

  it('keeps an eye on a live event and stops once it is over', () => {
    expect(broadcastPoll('live', -3600_000)).toBe(30_000);
    expect(broadcastPoll('ended', -3600_000)).toBe(false);
  });
});
