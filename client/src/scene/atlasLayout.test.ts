import { describe, expect, it } from 'vitest';
import {
  insetRect,
  planAtlas,
  slotIndexByKey,
  slotRect,
  toUvRect,
  type AtlasOptions,
  type PixelRect,
} from './atlasLayout.ts';

const OPTIONS: AtlasOptions = {
  width: 2048,
  maxHeight: 2048,
  slotWidths: [512, 256, 128, 64],
  aspect: 4,
};

const overlaps = (a: PixelRect, b: PixelRect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('planAtlas', () => {
  it('picks the largest slot that holds every entry', () => {
    expect(planAtlas(40, OPTIONS).slotWidth).toBe(512);
    expect(planAtlas(95, OPTIONS).slotWidth).toBe(256);
    expect(planAtlas(1000, OPTIONS).slotWidth).toBe(128);
  });

  it('grows only as tall as the entries need', () => {
    const plan = planAtlas(9, OPTIONS);
    expect(plan.rows).toBe(3);
    expect(plan.height).toBe(3 * 128);
    expect(plan.capacity).toBeGreaterThanOrEqual(9);
  });

  it('still plans one slot for no entries', () => {
    expect(planAtlas(0, OPTIONS).capacity).toBeGreaterThanOrEqual(1);
  });

  it('reports a smaller capacity when even the smallest slot overflows', () => {
    const plan = planAtlas(100_000, OPTIONS);
    expect(plan.slotWidth).toBe(64);
    expect(plan.capacity).toBe(32 * 128);
    expect(plan.height).toBeLessThanOrEqual(OPTIONS.maxHeight);
  });
});

describe('slotRect', () => {
  it('gives rects that fit in the texture and never overlap', () => {
    for (const count of [1, 7, 95, 1000]) {
      const plan = planAtlas(count, OPTIONS);
      const rects = Array.from({ length: count }, (_, i) => slotRect(plan, i));
      for (const rect of rects) {
        expect(rect.x).toBeGreaterThanOrEqual(0);
        expect(rect.y).toBeGreaterThanOrEqual(0);
        expect(rect.x + rect.width).toBeLessThanOrEqual(plan.width);
        expect(rect.y + rect.height).toBeLessThanOrEqual(plan.height);
      }
      // Neighbours in a row and in a column are where an off-by-one would show.
      const pairs = rects.flatMap((rect, i) =>
        [rects[i + 1], rects[i + plan.columns]].flatMap((other) => (other ? [[rect, other]] : [])),
      );
      expect(pairs.filter(([a, b]) => a && b && overlaps(a, b))).toEqual([]);
    }
  });

  it('refuses an index outside the atlas', () => {
    const plan = planAtlas(4, OPTIONS);
    expect(() => slotRect(plan, plan.capacity)).toThrow(RangeError);
    expect(() => slotRect(plan, -1)).toThrow(RangeError);
  });
});

describe('toUvRect', () => {
  it('maps the top-left slot to the top of the texture (canvas textures are flipped)', () => {
    const plan = planAtlas(16, OPTIONS);
    const uv = toUvRect(plan, slotRect(plan, 0));
    expect(uv.u).toBe(0);
    expect(uv.v + uv.height).toBeCloseTo(1);
  });

  it('keeps every inset slot inside [0, 1]', () => {
    const plan = planAtlas(1000, OPTIONS);
    for (let i = 0; i < 1000; i += 1) {
      const uv = toUvRect(plan, insetRect(slotRect(plan, i), 2));
      expect(Math.min(uv.u, uv.v)).toBeGreaterThanOrEqual(0);
      expect(uv.u + uv.width).toBeLessThanOrEqual(1);
      expect(uv.v + uv.height).toBeLessThanOrEqual(1);
    }
  });
});

describe('slotIndexByKey', () => {
  it('gives a repeated key the same slot and new keys the next ones', () => {
    const slots = slotIndexByKey(['e1', 'e2', 'e1', 'e3', 'e2']);
    expect([...slots]).toEqual([
      ['e1', 0],
      ['e2', 1],
      ['e3', 2],
    ]);
  });
});
