import { describe, expect, it } from 'vitest';
import { formatChatTime } from './formatChatTime.ts';

const NOW = new Date('2027-04-26T12:00:00.000Z');

describe('formatChatTime', () => {
  it('shows only the time for today', () => {
    expect(formatChatTime('2027-04-26T09:05:00.000Z', 'en', NOW, 'UTC')).toBe('9:05 AM');
    expect(formatChatTime('2027-04-26T09:05:00.000Z', 'ru', NOW, 'UTC')).toBe('9:05');
  });

  it('adds the date for another day', () => {
    expect(formatChatTime('2027-04-25T21:30:00.000Z', 'ru', NOW, 'UTC')).toBe('25 апр., 21:30');
  });

  it('decides "today" in the given time zone', () => {
    // 23:30 UTC on the 25th is already the 26th in Moscow.
    expect(formatChatTime('2027-04-25T23:30:00.000Z', 'ru', NOW, 'Europe/Moscow')).toBe('2:30');
  });
});
