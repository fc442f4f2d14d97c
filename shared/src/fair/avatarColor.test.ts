import { describe, expect, it } from 'vitest';
import { avatarColor } from './avatarColor.ts';

describe('avatarColor', () => {
  it('gives the same id the same colour and spreads ids over the palette', () => {
    expect(avatarColor('user-1')).toBe(avatarColor('user-1'));
    const colours = new Set(
      Array.from({ length: 200 }, (_, index) => avatarColor(`user-${index}`)),
    );
    expect(colours.size).toBeGreaterThan(8);
    for (const colour of colours) expect(colour).toMatch(/^#[0-9a-f]{6}$/);
  });
});
