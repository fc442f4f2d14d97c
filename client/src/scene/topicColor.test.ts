import { describe, expect, it } from 'vitest';
import { topicColor, topicHue } from './topicColor.ts';

describe('topicColor', () => {
  it('gives the same topic the same colour every time', () => {
    expect(topicColor('school')).toBe(topicColor('school'));
  });

  it('spreads the demo fair topics over different hues', () => {
    const codes = ['preschool', 'school', 'vocational', 'higher', 'supplementary', 'digital'];
    const hues = codes.map(topicHue);
    expect(new Set(hues).size).toBe(codes.length);
    for (const hue of hues) {
      expect(hue).toBeGreaterThanOrEqual(0);
      expect(hue).toBeLessThan(360);
    }
  });
});
