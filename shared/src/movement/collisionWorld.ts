/**
 * What an avatar cannot walk through: the hall's walls (the floor's edges) and its stands.
 * Stand boxes are bucketed in a uniform grid so a step only tests the few stands near it.
 */
import { aabbFromCenter, type Aabb } from '../geometry/aabb.ts';
import type { HallFloor, Stand } from '../hall/hallLayout.ts';

const CELL_SIZE = 8;

export interface CollisionWorld {
  readonly floor: HallFloor;
  readonly boxes: readonly Aabb[];
  /** Box indices per grid cell, keyed `cx,cy`. */
  readonly cells: ReadonlyMap<string, readonly number[]>;
}

function cellKey(cx: number, cy: number): string {
  return `${cx},${cy}`;
}

export function buildCollisionWorld(floor: HallFloor, stands: readonly Stand[]): CollisionWorld {
  const boxes = stands.map((stand) => aabbFromCenter(stand, stand.width, stand.depth));
  const cells = new Map<string, number[]>();
  boxes.forEach((box, index) => {
    for (
      let cx = Math.floor(box.minX / CELL_SIZE);
      cx <= Math.floor(box.maxX / CELL_SIZE);
      cx += 1
    ) {
      for (
        let cy = Math.floor(box.minY / CELL_SIZE);
        cy <= Math.floor(box.maxY / CELL_SIZE);
        cy += 1
      ) {
        const key = cellKey(cx, cy);
        const list = cells.get(key);
        if (list) list.push(index);
        else cells.set(key, [index]);
      }
    }
  });
  return { floor, boxes, cells };
}

/** Indices of the boxes that may touch the square of half-size `radius` around (x, y). */
export function boxesNear(world: CollisionWorld, x: number, y: number, radius: number): number[] {
  const found = new Set<number>();
  const minCx = Math.floor((x - radius) / CELL_SIZE);
  const maxCx = Math.floor((x + radius) / CELL_SIZE);
  const minCy = Math.floor((y - radius) / CELL_SIZE);
  const maxCy = Math.floor((y + radius) / CELL_SIZE);
  for (let cx = minCx; cx <= maxCx; cx += 1) {
    for (let cy = minCy; cy <= maxCy; cy += 1) {
      for (const index of world.cells.get(cellKey(cx, cy)) ?? []) found.add(index);
    }
  }
  return [...found];
}
