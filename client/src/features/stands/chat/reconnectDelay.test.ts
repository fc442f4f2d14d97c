import { describe, expect, it } from 'vitest';
import { reconnectDelay } from './reconnectDelay.ts';

describe('reconnectDelay', () => {
  it('doubles with each attempt', () => {
    const top = () => 1;
    expect([0, 1, 2, 3].map((attempt) => reconnectDelay(attempt, top))).toEqual([
      1000, 2000, 4000, 8000,
    ]);
  });

  it('never waits longer than half a minute', () => {
    expect(reconnectDelay(50, () => 1)).toBe(30_000);
  });

  it('spreads visitors between half and all of the delay', () => {
    expect(reconnectDelay(2, () => 0)).toBe(2000);
    expect(reconnectDelay(2, () => 0.5)).toBe(3000);
  });

  it('treats a negative attempt as the first', () => {
    expect(reconnectDelay(-3, () => 1)).toBe(1000);
  });
});
