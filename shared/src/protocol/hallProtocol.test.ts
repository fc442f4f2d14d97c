import { describe, expect, it } from 'vitest';
import { HALL_MESSAGES } from './hallProtocol.ts';

describe('HALL_MESSAGES', () => {
  it('accepts directions within the unit square and refuses anything else', () => {
    expect(HALL_MESSAGES.move.safeParse({ x: 0.5, y: -1 }).success).toBe(true);
    for (const bad of [{ x: 2, y: 0 }, { x: Number.NaN, y: 0 }, { x: '1', y: 0 }, {}, null]) {
      expect(HALL_MESSAGES.move.safeParse(bad).success).toBe(false);
    }
  });

  it('refuses walk targets far off any floor and stand ids that are not ids', () => {
    expect(HALL_MESSAGES.walkTo.safeParse({ x: 1e9, y: 0 }).success).toBe(false);
    expect(HALL_MESSAGES.walkTo.safeParse({ x: Number.POSITIVE_INFINITY, y: 0 }).success).toBe(
      false,
    );
    expect(HALL_MESSAGES.enterStand.safeParse({ standId: "'; drop" }).success).toBe(false);
    expect(HALL_MESSAGES.enterStand.safeParse({ standId: 'h1-s001' }).success).toBe(true);
  });
});
