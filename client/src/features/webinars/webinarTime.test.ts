import { describe, expect, it } from 'vitest';
import { COUNTDOWN_FROM_MS, countdown, formatStart } from './webinarTime.ts';

const START = '2027-04-30T12:00:00+03:00';
const at = (offsetMs: number) => Date.parse(START) - offsetMs;

describe('countdown', () => {
  it('counts whole minutes, rounding up', () => {
    expect(countdown(START, at(25 * 60_000))).toEqual({
      key: 'live.countdown.minutes',
      values: { count: 25 },
    });
    expect(countdown(START, at(1000))).toEqual({
      key: 'live.countdown.minutes',
      values: { count: 1 },
    });
    expect(countdown(START, at(58 * 60_000 + 1))).toEqual({
      key: 'live.countdown.minutes',
      values: { count: 59 },
    });
  });

  it('switches to hours and minutes from an hour on', () => {
    expect(countdown(START, at(60 * 60_000))).toEqual({
      key: 'live.countdown.hours',
      values: { hours: 1, minutes: 0 },
    });
    expect(countdown(START, at((2 * 60 + 5) * 60_000))).toEqual({
      key: 'live.countdown.hours',
      values: { hours: 2, minutes: 5 },
    });
  });

  it('says "any moment" once the start has come', () => {
    expect(countdown(START, at(0))).toEqual({ key: 'live.countdown.due', values: {} });
    expect(countdown(START, at(-10 * 60_000))).toEqual({ key: 'live.countdown.due', values: {} });
  });

  it('stays quiet while the start is far off, and for a broken time', () => {
    expect(countdown(START, at(COUNTDOWN_FROM_MS + 1))).toBeNull();
    expect(countdown(START, at(COUNTDOWN_FROM_MS))).not.toBeNull();
    expect(countdown('not a time', Date.now())).toBeNull();
  });
});

describe('formatStart', () => {
  it("shows the start in the visitor's time zone, naming the zone", () => {
    const moscow = formatStart(START, 'en', 'Europe/Moscow');
    expect(moscow).toContain('12:00');
    expect(moscow).toContain('April');
    const vladivostok = formatStart(START, 'ru', 'Asia/Vladivostok');
    expect(vladivostok).toContain('19:00');
    expect(vladivostok).toContain('апреля');
  });
});
