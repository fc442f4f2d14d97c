/**
 * A binary min-heap of integer items keyed by priority: A*'s open set. Pushing an item again with a
 * lower priority is how callers decrease its key; they skip stale copies when they pop them.
 */
export class MinHeap {
  readonly #items: number[] = [];
  readonly #priorities: number[] = [];

  get size(): number {
    return this.#items.length;
  }

  push(item: number, priority: number): void {
    this.#items.push(item);
    this.#priorities.push(priority);
    this.#siftUp(this.#items.length - 1);
  }

  /** Removes and returns the item with the lowest priority, or undefined when empty. */
  pop(): number | undefined {
    const top = this.#items[0];
    const lastItem = this.#items.pop();
    const lastPriority = this.#priorities.pop();
    if (this.#items.length > 0 && lastItem !== undefined && lastPriority !== undefined) {
      this.#items[0] = lastItem;
      this.#priorities[0] = lastPriority;
      this.#siftDown(0);
    }
    return top;
  }

  #priority(index: number): number {
    return this.#priorities[index] ?? Infinity;
  }

  #swap(a: number, b: number): void {
    const items = this.#items;
    const priorities = this.#priorities;
    [items[a], items[b]] = [items[b] ?? 0, items[a] ?? 0];
    [priorities[a], priorities[b]] = [priorities[b] ?? 0, priorities[a] ?? 0];
  }

  #siftUp(start: number): void {
    let index = start;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (this.#priority(parent) <= this.#priority(index)) return;
      this.#swap(parent, index);
      index = parent;
    }
  }

  #siftDown(start: number): void {
    let index = start;
    const size = this.#items.length;
    for (;;) {
      const left = 2 * index + 1;
      const right = left + 1;
      let smallest = index;
      if (left < size && this.#priority(left) < this.#priority(smallest)) smallest = left;
      if (right < size && this.#priority(right) < this.#priority(smallest)) smallest = right;
      if (smallest === index) return;
      this.#swap(index, smallest);
      index = smallest;
    }
  }
}
