import { describe, expect, it } from 'vitest';
import { InstanceSlots } from './InstanceSlots.ts';

/** Every id maps to an index that maps back to it, and indices are 0..count-1. */
function expectConsistent(slots: InstanceSlots, ids: readonly string[]) {
  expect(slots.count).toBe(ids.length);
  const seen = new Set<number>();
  for (const id of ids) {
    const index = slots.indexOf(id);
    expect(index).toBeDefined();
    if (index === undefined) continue;
    expect(slots.idAt(index)).toBe(id);
    seen.add(index);
  }
  expect([...seen].sort((a, b) => a - b)).toEqual(ids.map((_, i) => i));
}

describe('InstanceSlots', () => {
  it('gives new ids the next indices and a known id its own', () => {
    const slots = new InstanceSlots();
    expect(slots.add('a')).toBe(0);
    expect(slots.add('b')).toBe(1);
    expect(slots.add('a')).toBe(0);
    expect(slots.count).toBe(2);
  });

  it('moves the last id into the hole a leaving id makes', () => {
    const slots = new InstanceSlots();
    ['a', 'b', 'c', 'd'].forEach((id) => slots.add(id));
    expect(slots.remove('b')).toBe(1);
    expect(slots.idAt(1)).toBe('d');
    expectConsistent(slots, ['a', 'c', 'd']);
  });

  it('needs no rewrite when the last id leaves, and ignores unknown ids', () => {
    const slots = new InstanceSlots();
    ['a', 'b'].forEach((id) => slots.add(id));
    expect(slots.remove('b')).toBeNull();
    expect(slots.remove('zzz')).toBeNull();
    expectConsistent(slots, ['a']);
  });

  it('syncs to a new set, keeping the indices of ids that stay', () => {
    const slots = new InstanceSlots();
    slots.sync(['a', 'b', 'c', 'd', 'e']);
    const cBefore = slots.indexOf('c');
    const changed = slots.sync(['c', 'e', 'f', 'a']);
    expect(slots.indexOf('c')).toBe(cBefore);
    expectConsistent(slots, ['c', 'e', 'f', 'a']);
    // Only the moved and the new ids need their instance rewritten.
    const rewritten = changed.map((index) => slots.idAt(index));
    expect(rewritten).toContain('f');
    expect(rewritten).not.toContain('c');
  });

  it('stays consistent through many random joins and leaves', () => {
    const slots = new InstanceSlots();
    let present: string[] = [];
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let round = 0; round < 200; round += 1) {
      present = present.filter(() => random() > 0.2);
      for (let k = 0; k < 3; k += 1) present.push(`id-${Math.floor(random() * 60)}`);
      present = [...new Set(present)];
      slots.sync(present);
      expectConsistent(slots, present);
      expect(slots.count).toBe(present.length);
    }
  });

  it('empties completely', () => {
    const slots = new InstanceSlots();
    slots.sync(['a', 'b']);
    expect(slots.sync([])).toEqual([]);
    expect(slots.count).toBe(0);
  });
});
