import { describe, expect, it } from 'vitest';
import { chapterAt, formatMediaTime } from './mediaTime.ts';

describe('formatMediaTime', () => {
  it('shows minutes and seconds under an hour', () => {
    expect(formatMediaTime(0)).toBe('0:00');
    expect(formatMediaTime(65.9)).toBe('1:05');
    expect(formatMediaTime(3599)).toBe('59:59');
  });

  it('adds hours beyond an hour', () => {
    expect(formatMediaTime(3600)).toBe('1:00:00');
    expect(formatMediaTime(3 * 3600 + 7 * 60 + 9)).toBe('3:07:09');
  });

  it('never shows a negative or unreadable time', () => {
    expect(formatMediaTime(-3)).toBe('0:00');
    expect(formatMediaTime(Number.NaN)).toBe('0:00');
  });
});

describe('chapterAt', () => {
  const chapters = [{ atSeconds: 0 }, { atSeconds: 120 }, { atSeconds: 300 }];

  it('finds the chapter that started last at or before the moment', () => {
    expect(chapterAt(chapters, 0)).toBe(0);
    expect(chapterAt(chapters, 119.9)).toBe(0);
    expect(chapterAt(chapters, 120)).toBe(1);
    expect(chapterAt(chapters, 5000)).toBe(2);
  });

  it('is -1 before the first chapter or without chapters', () => {
    expect(chapterAt([{ atSeconds: 10 }], 5)).toBe(-1);
    expect(chapterAt([], 5)).toBe(-1);
  });
});
