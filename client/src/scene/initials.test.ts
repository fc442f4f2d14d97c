import { describe, expect, it } from 'vitest';
import { initials } from './initials.ts';

describe('initials', () => {
  it('takes the capitals of a several-word name, at most three', () => {
    expect(initials('Московский Государственный Университет')).toBe('МГУ');
    expect(initials('Moscow City Pedagogical University')).toBe('MCP');
  });

  it('uses every word when fewer than two are capitalised', () => {
    expect(initials('Умная тетрадь')).toBe('УТ');
  });

  it('skips lower-case words between capitalised ones', () => {
    expect(initials('Министерство образования и науки Республики Татарстан')).toBe('МРТ');
    expect(initials('School of Digital Arts')).toBe('SDA');
  });

  it('gives a one-word name its first two letters', () => {
    expect(initials('Училаб')).toBe('Уч');
    expect(initials('«Кодиум»')).toBe('Ко');
  });

  it('copes with digits, punctuation and an empty name', () => {
    expect(initials('Школа № 1535')).toBe('Ш1');
    expect(initials('   ')).toBe('?');
    expect(initials('!!!')).toBe('?');
  });
});
