import { describe, expect, it } from 'vitest';
import { formatAverage } from './formatAverage.ts';

describe('formatAverage', () => {
  it('shows one decimal in the reader’s language', () => {
    expect(formatAverage(4.25, 'en')).toBe('4.3');
    expect(formatAverage(4, 'en')).toBe('4.0');
    expect(formatAverage(4.5, 'ru')).toBe('4,5');
  });

  it('shows a dash while nobody has rated', () => {
    expect(formatAverage(null, 'en')).toBe('—');
  });
});
