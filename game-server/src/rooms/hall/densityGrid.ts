/**
 * The live density map of the hall: how many of this room's avatars stand in each square cell of
 * DENSITY_CELL_METRES, row-major from the floor's (0, 0) corner, capped at 255. Recomputed about
 * once a second (the 2D map does not need more), and only cells whose count changed are written.
 */
import type { HallFloor } from '@salon/shared';
import { DENSITY_CELL_METRES, type HallState } from './HallState.ts';

const MAX_COUNT = 255;

export class DensityGrid {
  readonly #columns: number;
  readonly #rows: number;
  readonly #counts: Uint8Array;

  constructor(floor: HallFloor) {
    this.#columns = Math.max(1, Math.ceil(floor.width / DENSITY_CELL_METRES));
    this.#rows = Math.max(1, Math.ceil(floor.depth / DENSITY_CELL_METRES));
    this.#counts = new Uint8Array(this.#columns * this.#rows);
  }

  /** Sizes the state's grid: every cell present, all zero. */
  init(state: HallState): void {
    state.densityColumns = this.#columns;
    state.density.clear();
    state.density.push(...this.#counts);
  }

  update(
    state: HallState,
    forEach: (visit: (id: string, x: number, y: number) => void) => void,
  ): void {
    this.#counts.fill(0);
    forEach((_id, x, y) => {
      const column = Math.min(this.#columns - 1, Math.max(0, Math.floor(x / DENSITY_CELL_METRES)));
      const row = Math.min(this.#rows - 1, Math.max(0, Math.floor(y / DENSITY_CELL_METRES)));
      const cell = row * this.#columns + column;
      this.#counts[cell] = Math.min(MAX_COUNT, (this.#counts[cell] ?? 0) + 1);
    });
    this.#counts.forEach((count, cell) => {
      if (state.density[cell] !== count) state.density[cell] = count;
    });
  }
}
