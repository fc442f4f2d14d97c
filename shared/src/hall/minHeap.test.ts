import { describe, expect, it } from 'vitest';
import { MinHeap } from './minHeap.ts';

describe('MinHeap', () => {
  it('pops undefined when empty', () => {
    const heap = new MinHeap();
    expect(heap.size).toBe(0);
    expect(heap.pop()).toBeUndefined();
  });

  it('pops items in order of increasing priority', () => {
    const heap = new MinHeap();
    const priorities = [5, 3, 9, 1, 7, 2, 8, 0, 6, 4];
    priorities.forEach((priority, item) => heap.push(item, priority));
    const popped: (number | undefined)[] = [];
    while (heap.size > 0) popped.push(heap.pop());
    expect(popped.map((item) => priorities[item ?? -1])).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('keeps duplicates of an item so a lower re-push comes out first', () => {
    const heap = new MinHeap();
    heap.push(1, 10);
    heap.push(2, 5);
    heap.push(1, 2);
    expect([heap.pop(), heap.pop(), heap.pop()]).toEqual([1, 2, 1]);
    expect(heap.size).toBe(0);
  });

  it('sorts a large shuffled input like Array.prototype.sort', () => {
    const heap = new MinHeap();
    const priorities = Array.from({ length: 2000 }, (_, i) => (i * 7919) % 2003);
    priorities.forEach((priority, item) => heap.push(item, priority));
    const popped: number[] = [];
    for (let item = heap.pop(); item !== undefined; item = heap.pop()) {
      popped.push(priorities[item] ?? -1);
    }
    expect(popped).toEqual([...priorities].sort((a, b) => a - b));
  });
});
