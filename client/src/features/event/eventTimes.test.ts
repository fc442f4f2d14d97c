import { describe, expect, it } from 'vitest';
import { FAIR_TIME_ZONE, formatEventTime, sameWallClock } from './eventTimes.ts';

const times = { startsAt: '2027-04-26T10:00:00+03:00', endsAt: '2027-04-26T11:30:00+03:00' };

describe('formatEventTime', () => {
  it('states the day and the start and end in the zone asked for', () => {
    const moscow = formatEventTime(times, 'en', FAIR_TIME_ZONE);
    expect(moscow).toContain('26');
    expect(moscow).toContain('10:00');
    expect(moscow).toContain('11:30');
    expect(formatEventTime(times, 'en', 'UTC')).toContain('07:00');
  });

  it('names the end day when the event crosses midnight in that zone', () => {
    const late = { startsAt: '2027-04-26T23:30:00+03:00', endsAt: '2027-04-27T00:30:00+03:00' };
    const text = formatEventTime(late, 'ru', FAIR_TIME_ZONE);
    expect(text).toContain('26');
    expect(text).toContain('27');
  });
});

describe('sameWallClock', () => {
  it('knows Moscow and Istanbul agree and Moscow and UTC do not', () => {
    expect(sameWallClock(times.startsAt, FAIR_TIME_ZONE, 'Europe/Istanbul')).toBe(true);
    expect(sameWallClock(times.startsAt, FAIR_TIME_ZONE, 'UTC')).toBe(false);
  });
});
