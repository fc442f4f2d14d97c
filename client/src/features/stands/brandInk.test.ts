import { describe, expect, it } from 'vitest';
import { brandInk, relativeLuminance } from './brandInk.ts';

describe('relativeLuminance', () => {
  it('is 0 for black and 1 for white', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1);
  });
});

describe('brandInk', () => {
  it.each([
    ['#37256f', '#ffffff'],
    ['#daef52', '#10213a'],
    ['#ffffff', '#10213a'],
    ['#000000', '#ffffff'],
  ])('writes on %s in %s', (background, ink) => {
    expect(brandInk(background)).toBe(ink);
  });
});
