/**
 * Interest management: each client's StateView holds only the avatars near its own, found through
 * a uniform cell grid rebuilt every tick (O(avatars)). An avatar comes into view within
 * `enterRadius` and leaves it only past `leaveRadius`, so one walking along the edge does not
 * flicker in and out. In a crowd only the `maxAvatars` nearest are sent (the bytes a client
 * receives stay bounded however busy the alley); avatars already in view keep their place against
 * newcomers up to `stickyMetres` closer, for the same reason. Views are recomputed for a rotating
 * share of the clients each tick, so the cost is spread evenly. A client always sees itself.
 */
import type { StateView } from '@colyseus/schema';
import type { HallFloor } from '@salon/shared';
import type { Avatar } from './HallState.ts';

export interface InterestOptions {
  readonly enterRadius: number;
  readonly leaveRadius: number;
  readonly maxAvatars: number;
  readonly stickyMetres: number;
  readonly updateEveryTicks: number;
}

export const INTEREST: InterestOptions = {
  /** An avatar comes into a client's view within this distance of its own avatar, metres. */
  enterRadius: 20,
  /** ...and leaves it only beyond this distance. */
  leaveRadius: 24,
  /** At most this many other avatars are in a view: the nearest. */
  maxAvatars: 16,
  /** How much closer a newcomer must be to take the place of an avatar already in view. */
  stickyMetres: 4,
  /** Each client's view is recomputed every this many ticks (5 times a second at 20 Hz). */
  updateEveryTicks: 4,
};

/** Where the avatars are this tick, as parallel arrays, found by cell. */
interface Snapshot {
  readonly ids: string[];
  readonly xs: number[];
  readonly ys: number[];
  readonly avatars: Avatar[];
  readonly indexOf: Map<string, number>;
}

interface Viewer {
  readonly view: StateView;
  visible: Set<string>;
}

export class InterestManager {
  readonly #options: InterestOptions;
  readonly #cellSize: number;
  readonly #columns: number;
  readonly #rows: number;
  readonly #cells: number[][];
  readonly #viewers = new Map<string, Viewer>();
  /** Viewers that joined since the last update, refreshed out of turn. */
  readonly #fresh = new Set<string>();
  #snapshot: Snapshot = { ids: [], xs: [], ys: [], avatars: [], indexOf: new Map() };
  #tick = 0;
  // Scratch space reused by every refresh: candidates (snapshot indices) and their ranks.
  readonly #candidates: number[] = [];
  #ranks = new Float64Array(0);

  constructor(floor: HallFloor, options: InterestOptions = INTEREST) {
    this.#options = options;
    this.#cellSize = options.leaveRadius / 2;
    this.#columns = Math.max(1, Math.ceil(floor.width / this.#cellSize));
    this.#rows = Math.max(1, Math.ceil(floor.depth / this.#cellSize));
    this.#cells = Array.from({ length: this.#columns * this.#rows }, () => []);
  }

  /** Starts a client's view with its own avatar; the avatars around it follow on the next tick. */
  addViewer(id: string, view: StateView, own: Avatar): void {
    view.add(own);
    this.#viewers.set(id, { view, visible: new Set([id]) });
    this.#fresh.add(id);
  }

  removeViewer(id: string): void {
    this.#viewers.delete(id);
    this.#fresh.delete(id);
  }

  /** Takes this tick's positions. `forEach` visits every avatar once. */
  rebuild(
    forEach: (visit: (id: string, x: number, y: number, avatar: Avatar) => void) => void,
  ): void {
    for (const cell of this.#cells) cell.length = 0;
    const snapshot: Snapshot = { ids: [], xs: [], ys: [], avatars: [], indexOf: new Map() };
    forEach((id, x, y, avatar) => {
      const index = snapshot.ids.push(id) - 1;
      snapshot.xs.push(x);
      snapshot.ys.push(y);
      snapshot.avatars.push(avatar);
      snapshot.indexOf.set(id, index);
      this.#cells[this.#row(y) * this.#columns + this.#column(x)]?.push(index);
    });
    if (this.#ranks.length < snapshot.ids.length)
      this.#ranks = new Float64Array(snapshot.ids.length * 2);
    this.#snapshot = snapshot;
  }

  /** Recomputes this tick's share of the views. */
  update(): void {
    this.#tick += 1;
    let index = 0;
    for (const [id, viewer] of this.#viewers) {
      if ((index + this.#tick) % this.#options.updateEveryTicks === 0 || this.#fresh.has(id)) {
        this.#refresh(id, viewer);
      }
      index += 1;
    }
    this.#fresh.clear();
  }

  #refresh(id: string, viewer: Viewer): void {
    const { ids, avatars, indexOf } = this.#snapshot;
    const self = indexOf.get(id);
    if (self === undefined) return;
    const candidates = this.#gather(self, viewer.visible);
    if (candidates.length > this.#options.maxAvatars) {
      const ranks = this.#ranks;
      candidates.sort((a, b) => (ranks[a] ?? 0) - (ranks[b] ?? 0));
      candidates.length = this.#options.maxAvatars;
    }
    const next = new Set<string>([id]);
    for (const other of candidates) next.add(ids[other] ?? '');
    for (const otherId of viewer.visible) {
      if (next.has(otherId)) continue;
      // An avatar that left the room is already gone from every view with the map entry.
      const avatar = avatars[indexOf.get(otherId) ?? -1];
      if (avatar) viewer.view.remove(avatar);
    }
    for (const otherId of next) {
      if (viewer.visible.has(otherId)) continue;
      const avatar = avatars[indexOf.get(otherId) ?? -1];
      if (avatar) viewer.view.add(avatar);
    }
    viewer.visible = next;
  }

  /** The other avatars that may be in this view, each ranked (distance, less the sticky bonus). */
  #gather(self: number, visible: ReadonlySet<string>): number[] {
    const { ids, xs, ys } = this.#snapshot;
    const x = xs[self] ?? 0;
    const y = ys[self] ?? 0;
    const enter = this.#options.enterRadius ** 2;
    const leave = this.#options.leaveRadius ** 2;
    const reach = Math.ceil(this.#options.leaveRadius / this.#cellSize);
    const [cx, cy] = [this.#column(x), this.#row(y)];
    const candidates = this.#candidates;
    candidates.length = 0;
    for (let row = Math.max(0, cy - reach); row <= Math.min(this.#rows - 1, cy + reach); row += 1) {
      const last = Math.min(this.#columns - 1, cx + reach);
      for (let column = Math.max(0, cx - reach); column <= last; column += 1) {
        for (const other of this.#cells[row * this.#columns + column] ?? []) {
          if (other === self) continue;
          const dx = (xs[other] ?? 0) - x;
          const dy = (ys[other] ?? 0) - y;
          const squared = dx * dx + dy * dy;
          if (squared > leave) continue;
          const known = visible.has(ids[other] ?? '');
          if (squared > enter && !known) continue;
          candidates.push(other);
          this.#ranks[other] = Math.sqrt(squared) - (known ? this.#options.stickyMetres : 0);
        }
      }
    }
    return candidates;
  }

  #column(x: number): number {
    return Math.min(this.#columns - 1, Math.max(0, Math.floor(x / this.#cellSize)));
  }

  #row(y: number): number {
    return Math.min(this.#rows - 1, Math.max(0, Math.floor(y / this.#cellSize)));
  }
}
