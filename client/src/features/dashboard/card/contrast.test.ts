import { describe, expect, it } from 'vitest';
import { contrastRatio, readableInk, relativeLuminance } from './contrast.ts';

describe('relativeLuminance', () => {
  it('is 0 for black and 1 for white', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#FFFFFF')).toBeCloseTo(1);
  });

  it('treats a malformed colour as black instead of throwing', () => {
    expect(relativeLuminance('red')).toBe(0);
  });
});

describe('contrastRatio', () => {
  it('is 21 for black on white, whichever comes first', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21);
  });

  it('matches the WCAG figure for a mid grey', () => {
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});

describe('readableInk', () => {
  it('writes white on a dark blue and dark ink on yellow', () => {
    expect(readableInk('#1d4ed8').ink).toBe('#ffffff');
    expect(readableInk('#facc15').ink).toBe('#111827');
  });

  it('reports a poor ratio for a mid tone that neither ink reads well on', () => {
    expect(readableInk('#808080').ratio).toBeLessThan(4.5);
    expect(readableInk('#1d4ed8').ratio).toBeGreaterThan(4.5);
  });
});
