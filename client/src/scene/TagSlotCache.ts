/**
 * Which avatar's name is drawn in which slot of the name-tag atlas. A tag keeps its slot while
 * it is shown, so a name is drawn once, not every frame; a newcomer takes a free slot, else the
 * one least recently shown, but never one already shown in the current frame.
 */
export class TagSlotCache {
  private readonly keys: (string | null)[];
  private readonly lastUsed: Float64Array;
  private readonly slotByKey = new Map<string, number>();
  /** Whether the slot returned by the last `acquire` is new to its key (needs drawing). */
  fresh = false;

  constructor(capacity: number) {
    this.keys = new Array<string | null>(capacity).fill(null);
    this.lastUsed = new Float64Array(capacity).fill(-Infinity);
  }

  /** The key's slot, marked as used in `frame`; −1 when every slot is in use this frame. */
  acquire(key: string, frame: number): number {
    const known = this.slotByKey.get(key);
    if (known !== undefined) {
      this.lastUsed[known] = frame;
      this.fresh = false;
      return known;
    }
    let victim = -1;
    for (let slot = 0; slot < this.keys.length; slot += 1) {
      const used = this.lastUsed[slot] ?? -Infinity;
      if (used >= frame) continue;
      if (victim < 0 || used < (this.lastUsed[victim] ?? -Infinity)) victim = slot;
    }
    if (victim < 0) return -1;
    const evicted = this.keys[victim];
    if (evicted != null) this.slotByKey.delete(evicted);
    this.keys[victim] = key;
    this.slotByKey.set(key, victim);
    this.lastUsed[victim] = frame;
    this.fresh = true;
    return victim;
  }
}
