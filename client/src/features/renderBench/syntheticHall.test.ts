import { HexColorSchema, HallLayoutSchema, validateLayout } from '@salon/shared';
import { describe, expect, it } from 'vitest';
import { hslHex, syntheticHall } from './syntheticHall.ts';

describe('syntheticHall', () => {
  it('places exactly the stands asked for', () => {
    for (const count of [0, 1, 17, 200, 1000]) {
      expect(syntheticHall(count).layout.stands).toHaveLength(count);
    }
  });

  it('is the same hall every time for the same seed', () => {
    expect(syntheticHall(300, 7)).toEqual(syntheticHall(300, 7));
  });

  it('builds a layout that the shared schema and validator accept', () => {
    for (const count of [1, 200, 1000]) {
      const hall = syntheticHall(count);
      expect(HallLayoutSchema.safeParse(hall.layout).success).toBe(true);
      expect(validateLayout(hall.floor, hall.layout)).toEqual([]);
    }
  });

  it('keeps a large hall roughly square', () => {
    const { floor } = syntheticHall(1000);
    expect(floor.width / floor.depth).toBeGreaterThan(0.5);
    expect(floor.width / floor.depth).toBeLessThan(2);
  });

  it('gives every stand an exhibitor with valid colours and a topic for every theme alley', () => {
    const hall = syntheticHall(120);
    for (const stand of hall.layout.stands) {
      const look = hall.exhibitors.get(stand.exhibitorId);
      expect(look).toBeDefined();
      expect(HexColorSchema.safeParse(look?.colors.primary).success).toBe(true);
      expect(HexColorSchema.safeParse(look?.colors.accent).success).toBe(true);
    }
    const themed = hall.layout.alleys.flatMap((alley) =>
      alley.topicCode ? [alley.topicCode] : [],
    );
    expect(themed.every((code) => hall.topics.has(code))).toBe(true);
  });
});

describe('hslHex', () => {
  it('converts the primaries', () => {
    expect(hslHex(0, 1, 0.5)).toBe('#ff0000');
    expect(hslHex(120, 1, 0.5)).toBe('#00ff00');
    expect(hslHex(240, 1, 0.5)).toBe('#0000ff');
  });
});
