import { distanceToSegment, type Alley, type Screen } from '@salon/shared';
import { describe, expect, it } from 'vitest';
import { alleyGates, gatePieces, GATE, screenPieces } from './signPlacement.ts';

const alley = (
  id: string,
  from: [number, number],
  to: [number, number],
  width: number,
  topicCode: string | null,
): Alley => ({
  id,
  topicCode,
  from: { x: from[0], y: from[1] },
  to: { x: to[0], y: to[1] },
  width,
});

// The demo hall's shape: a main alley with a themed alley crossing it.
const main = alley('main', [4, 40], [156, 40], 6, null);
const theme = alley('theme', [30, 5], [30, 75], 4, 'school');

describe('alleyGates', () => {
  it('puts a gate outside both sides of a crossing and at both ends', () => {
    const gates = alleyGates(theme, [main, theme]).map((gate) => gate.s);
    expect(gates).toEqual([1.5, 35 - 3 - GATE.crossingGap, 35 + 3 + GATE.crossingGap, 68.5]);
  });

  it('keeps gates apart, preferring the ones at crossings', () => {
    const short = alley('short', [30, 33], [30, 47], 4, 'school');
    const gates = alleyGates(short, [main, short]).map((gate) => gate.s);
    expect(gates).toEqual([7 - 3 - GATE.crossingGap, 7 + 3 + GATE.crossingGap]);
  });

  it('gives an alley too short for a gate none', () => {
    expect(alleyGates(alley('stub', [0, 0], [2, 0], 3, 'x'), [])).toEqual([]);
  });
});

describe('gatePieces', () => {
  it('signs only themed alleys, each gate with two posts and two banners', () => {
    const { posts, banners } = gatePieces([main, theme]);
    expect(banners).toHaveLength(8);
    expect(posts).toHaveLength(8);
    expect(new Set(banners.map((banner) => banner.topicCode))).toEqual(new Set(['school']));
  });

  it('stands the posts inside the alley corridor, never in a crossing alley', () => {
    const { posts } = gatePieces([main, theme]);
    for (const post of posts) {
      expect(distanceToSegment(theme, post)).toBeCloseTo(theme.width / 2 - GATE.post);
      expect(distanceToSegment(main, post)).toBeGreaterThan(main.width / 2);
    }
  });

  it('hangs banners above head height at the 4:1 shape of an atlas slot', () => {
    for (const banner of gatePieces([main, theme]).banners) {
      expect(banner.elevation - banner.height / 2).toBeCloseTo(GATE.clearance);
      expect(banner.width / banner.height).toBeCloseTo(4);
    }
  });
});

describe('screenPieces', () => {
  it('puts the glyph in front of the panel and the posts behind it', () => {
    const screen: Screen = { id: 'sc', stageId: 'st', x: 15, y: 45, width: 6, facing: 'south' };
    const { panel, posts, glyph } = screenPieces(screen);
    expect(panel.x).toBeCloseTo(15);
    expect(glyph.y).toBeLessThan(panel.y);
    for (const post of posts) expect(post.y).toBeGreaterThan(panel.y);
  });
});
