import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isoToLocalInput, localInputToIso, toIsoWithOffset } from './localDateTime.ts';

// Node reads TZ again whenever it changes, so each test can live in its own zone.
const original = process.env['TZ'];
function inZone(zone: string): void {
  process.env['TZ'] = zone;
}
beforeEach(() => inZone('UTC'));
afterEach(() => {
  if (original === undefined) delete process.env['TZ'];
  else process.env['TZ'] = original;
});

describe('localInputToIso', () => {
  it("sends the exhibitor's wall-clock time with their offset", () => {
    inZone('Europe/Moscow');
    expect(localInputToIso('2027-04-30T12:00')).toBe('2027-04-30T12:00:00+03:00');
    inZone('Asia/Kolkata');
    expect(localInputToIso('2027-04-30T12:00')).toBe('2027-04-30T12:00:00+05:30');
    inZone('UTC');
    expect(localInputToIso('2027-04-30T12:00:30')).toBe('2027-04-30T12:00:30+00:00');
  });

  it('uses the offset in force on that date, not today’s', () => {
    inZone('America/New_York');
    expect(localInputToIso('2027-01-15T09:30')).toBe('2027-01-15T09:30:00-05:00');
    expect(localInputToIso('2027-07-15T09:30')).toBe('2027-07-15T09:30:00-04:00');
  });

  it('keeps the same moment as the local time meant', () => {
    inZone('Asia/Vladivostok');
    const iso = localInputToIso('2027-04-30T09:15');
    expect(new Date(iso ?? '').toISOString()).toBe('2027-04-29T23:15:00.000Z');
  });

  it('moves a time skipped by the clocks going forward to a real one', () => {
    inZone('America/New_York');
    // 14 March 2027, 02:30 does not exist in New York: clocks jump from 02:00 to 03:00.
    expect(localInputToIso('2027-03-14T02:30')).toBe('2027-03-14T03:30:00-04:00');
  });

  it('refuses empty, partial and impossible dates', () => {
    expect(localInputToIso('')).toBeNull();
    expect(localInputToIso('2027-04-30')).toBeNull();
    expect(localInputToIso('2027-04-31T10:00')).toBeNull();
    expect(localInputToIso('2027-13-01T10:00')).toBeNull();
    expect(localInputToIso('30.04.2027 12:00')).toBeNull();
    expect(localInputToIso('2027-04-30T12:00+03:00')).toBeNull();
  });
});

describe('isoToLocalInput', () => {
  it('shows a stored time in the local zone, as the input wants it', () => {
    inZone('Europe/Moscow');
    expect(isoToLocalInput('2027-04-30T09:00:00Z')).toBe('2027-04-30T12:00');
    inZone('Asia/Kolkata');
    expect(isoToLocalInput('2027-04-30T12:00:00+03:00')).toBe('2027-04-30T14:30');
  });

  it('round-trips with localInputToIso', () => {
    inZone('Europe/Berlin');
    expect(isoToLocalInput(localInputToIso('2027-10-31T02:30') ?? '')).toBe('2027-10-31T02:30');
  });

  it('gives an empty value for a broken time', () => {
    expect(isoToLocalInput('soon')).toBe('');
  });
});

describe('toIsoWithOffset', () => {
  it('writes negative offsets with their minutes', () => {
    inZone('America/St_Johns');
    expect(toIsoWithOffset(new Date(2027, 0, 10, 8, 5))).toBe('2027-01-10T08:05:00-03:30');
  });
});
