/**
 * Which id occupies which instance of an instanced mesh. Indices stay dense (0..count−1) so the
 * mesh can draw `count` instances: when an id leaves, the last id moves into its hole and only
 * that instance needs rewriting. Everything else keeps its index across joins and leaves, so
 * per-instance data written once (colour, walk phase) stays with its avatar.
 */
export class InstanceSlots {
  private readonly indexById = new Map<string, number>();
  private readonly ids: string[] = [];

  get count(): number {
    return this.ids.length;
  }

  indexOf(id: string): number | undefined {
    return this.indexById.get(id);
  }

  idAt(index: number): string | undefined {
    return this.ids[index];
  }

  /** The id's index, appending it when new. */
  add(id: string): number {
    const known = this.indexById.get(id);
    if (known !== undefined) return known;
    this.ids.push(id);
    this.indexById.set(id, this.ids.length - 1);
    return this.ids.length - 1;
  }

  /** Removes the id; returns the index that now holds another id (to rewrite), else null. */
  remove(id: string): number | null {
    const index = this.indexById.get(id);
    if (index === undefined) return null;
    this.indexById.delete(id);
    const last = this.ids.pop();
    if (last === undefined || index === this.ids.length) return null;
    this.ids[index] = last;
    this.indexById.set(last, index);
    return index;
  }

  /**
   * Makes the slots hold exactly `ids`. Returns the indices whose occupant changed, ascending;
   * those instances must be rewritten. Runs when the set changes, not every frame.
   */
  sync(ids: Iterable<string>): number[] {
    const wanted = new Set(ids);
    const changed = new Set<number>();
    for (const id of [...this.ids]) {
      if (wanted.has(id)) continue;
      const moved = this.remove(id);
      if (moved !== null) changed.add(moved);
    }
    for (const id of wanted) {
      if (this.indexById.has(id)) continue;
      changed.add(this.add(id));
    }
    return [...changed].filter((index) => index < this.ids.length).sort((a, b) => a - b);
  }
}
