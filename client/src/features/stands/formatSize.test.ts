import { describe, expect, it } from 'vitest';
import { formatSize } from './formatSize.ts';

describe('formatSize', () => {
  it('says kilobytes in each language', () => {
    expect(formatSize(28_625, 'en')).toBe('28 kB');
    expect(formatSize(28_625, 'ru')).toBe('28 кБ');
  });

  it('keeps one decimal for small megabytes', () => {
    expect(formatSize(1.25 * 1024 * 1024, 'en')).toBe('1.3 MB');
    expect(formatSize(1.25 * 1024 * 1024, 'ru')).toBe('1,3 МБ');
  });

  it('spells out bytes', () => {
    expect(formatSize(500, 'en')).toBe('500 bytes');
  });

  it('never shows a negative size', () => {
    expect(formatSize(-5, 'en')).toBe('0 bytes');
  });
});
