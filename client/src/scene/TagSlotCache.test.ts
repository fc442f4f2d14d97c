import { describe, expect, it } from 'vitest';
import { TagSlotCache } from './TagSlotCache.ts';

describe('TagSlotCache', () => {
  it('keeps a key in its slot and says it needs no redraw', () => {
    const cache = new TagSlotCache(4);
    const slot = cache.acquire('a', 1);
    expect(cache.fresh).toBe(true);
    expect(cache.acquire('a', 2)).toBe(slot);
    expect(cache.fresh).toBe(false);
  });

  it('evicts the least recently shown key when full', () => {
    const cache = new TagSlotCache(2);
    const a = cache.acquire('a', 1);
    cache.acquire('b', 2);
    cache.acquire('b', 3);
    expect(cache.acquire('c', 4)).toBe(a);
    expect(cache.fresh).toBe(true);
    // 'a' lost its slot, so it is drawn again when it returns.
    cache.acquire('a', 5);
    expect(cache.fresh).toBe(true);
  });

  it('never takes a slot already shown in the same frame', () => {
    const cache = new TagSlotCache(2);
    cache.acquire('a', 7);
    cache.acquire('b', 7);
    expect(cache.acquire('c', 7)).toBe(-1);
  });
});
