import { describe, expect, it } from 'vitest';
import { countdown } from './countdown.ts';

describe('countdown', () => {
  it('splits the time left into days and a clock', () => {
    const ms = ((2 * 24 + 3) * 3600 + 4 * 60 + 5) * 1000;
    expect(countdown(ms)).toEqual({ days: 2, clock: '03:04:05', done: false });
  });

  it('rounds a part of a second up, so it never shows zero before the start', () => {
    expect(countdown(200)).toEqual({ days: 0, clock: '00:00:01', done: false });
  });

  it('is done at and after the start', () => {
    expect(countdown(0).done).toBe(true);
    expect(countdown(-5000)).toEqual({ days: 0, clock: '00:00:00', done: true });
  });

  it('treats a time it cannot read as done rather than showing NaN', () => {
    expect(countdown(Number.NaN)).toEqual({ days: 0, clock: '00:00:00', done: true });
  });
});
