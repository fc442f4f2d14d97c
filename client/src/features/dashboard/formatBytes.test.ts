import { describe, expect, it } from 'vitest';
import { formatBytes } from './formatBytes.ts';

describe('formatBytes', () => {
  it('shows megabytes with one decimal below ten', () => {
    expect(formatBytes(1.5 * 1024 * 1024, 'en')).toBe('1.5 MB');
  });

  it('rounds large sizes to whole units', () => {
    expect(formatBytes(200 * 1024 * 1024, 'en')).toBe('200 MB');
    expect(formatBytes(256 * 1024, 'en')).toBe('256 kB');
  });

  it('speaks Russian with a decimal comma', () => {
    expect(formatBytes(1.5 * 1024 * 1024, 'ru')).toBe('1,5 МБ');
  });

  it('counts small files in bytes', () => {
    expect(formatBytes(12, 'en')).toBe('12 bytes');
    expect(formatBytes(12, 'ru')).toBe('12 байт');
  });
});
