import { describe, expect, it } from 'vitest';
import { initials } from './initials.ts';

describe('initials', () => {
  it('takes the first and last words of a full name', () => {
    expect(initials('Станислав Артёмович Аксёнов')).toBe('СА');
    expect(initials('Stanislav Artyomovich Aksyonov')).toBe('SA');
  });

  it('copes with one word, stray spaces and punctuation', () => {
    expect(initials('  мария  ')).toBe('М');
    expect(initials('«Анна» — Петрова')).toBe('АП');
    expect(initials('')).toBe('?');
    expect(initials(' - ')).toBe('?');
  });
});
