import { describe, expect, it } from 'vitest';
import { emptyHallState } from '../../../test/hallFixture.ts';
import { DensityGrid } from './densityGrid.ts';
import { DENSITY_CELL_METRES } from './HallState.ts';

describe('DensityGrid', () => {
  it('counts avatars per cell, row-major from the floor corner, capped at 255', () => {
    const state = emptyHallState();
    const grid = new DensityGrid({ width: 20, depth: 12 });
    grid.init(state);
    expect(state.densityColumns).toBe(3);
    expect([...state.density]).toEqual([0, 0, 0, 0, 0, 0]);

    const points = [
      { x: 1, y: 1 },
      { x: 7.9, y: 8.1 },
      { x: 19, y: 11 },
      ...Array.from({ length: 300 }, () => ({ x: DENSITY_CELL_METRES + 1, y: 1 })),
    ];
    grid.update(state, (visit) => points.forEach(({ x, y }, index) => visit(`${index}`, x, y)));
    expect([...state.density]).toEqual([1, 255, 0, 1, 0, 1]);
  });

  it('keeps avatars on the far walls inside the grid', () => {
    const state = emptyHallState();
    const grid = new DensityGrid({ width: 16, depth: 16 });
    grid.init(state);
    grid.update(state, (visit) => visit('a', 16, 16));
    expect([...state.density]).toEqual([0, 0, 0, 1]);
  });
});
