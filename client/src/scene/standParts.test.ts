import { standBox, standEntrance, type Stand } from '@salon/shared';
import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { worldToFloor } from './floorToWorld.ts';
import { boothParts, partMatrix, standFrame, type PartBox } from './standParts.ts';

const stand = (facing: Stand['facing']): Stand => ({
  id: 's1',
  exhibitorId: 'e1',
  x: 20,
  y: 30,
  width: 5,
  depth: 6,
  facing,
});

/** Floor points of a part's corners (or a quad's), after placing it on the floor. */
function floorCorners(s: Stand, box: PartBox) {
  const matrix = partMatrix(standFrame(s), box);
  const corners = [];
  for (const x of [-0.5, 0.5]) {
    for (const z of box.depth === 0 ? [0] : [-0.5, 0.5]) {
      corners.push(worldToFloor(new Vector3(x, 0, z).applyMatrix4(matrix)));
    }
  }
  return corners;
}

const centre = (s: Stand, box: PartBox) =>
  worldToFloor(new Vector3().setFromMatrixPosition(partMatrix(standFrame(s), box)));
const gap = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.hypot(a.x - b.x, a.y - b.y);

describe('boothParts', () => {
  for (const facing of ['north', 'south', 'east', 'west'] as const) {
    it(`keeps every part of a ${facing}-facing stand inside its footprint`, () => {
      const s = stand(facing);
      const box = standBox(s);
      const parts = boothParts(standFrame(s));
      const all = [
        parts.plate,
        parts.backWall,
        parts.counter,
        parts.board,
        parts.logo,
        parts.screen,
        ...parts.sideWalls,
      ];
      for (const part of all) {
        for (const corner of floorCorners(s, part)) {
          expect(corner.x).toBeGreaterThanOrEqual(box.minX - 1e-9);
          expect(corner.x).toBeLessThanOrEqual(box.maxX + 1e-9);
          expect(corner.y).toBeGreaterThanOrEqual(box.minY - 1e-9);
          expect(corner.y).toBeLessThanOrEqual(box.maxY + 1e-9);
        }
      }
    });

    it(`opens a ${facing}-facing stand towards its entrance`, () => {
      const s = stand(facing);
      const parts = boothParts(standFrame(s));
      const entrance = standEntrance(s);
      expect(gap(centre(s, parts.counter), entrance)).toBeLessThan(
        gap(centre(s, parts.backWall), entrance),
      );
      // The board's quad faces +z locally, which must point at the entrance.
      const matrix = partMatrix(standFrame(s), parts.board);
      const normal = new Vector3(0, 0, 1).transformDirection(matrix);
      const toEntrance = new Vector3(entrance.x - s.x, 0, -(entrance.y - s.y)).normalize();
      expect(normal.dot(toEntrance)).toBeCloseTo(1);
    });
  }

  it('keeps the screen 16:9, below the board and above the counter', () => {
    for (const width of [2, 5, 12, 30]) {
      const { screen, board, counter } = boothParts(standFrame({ ...stand('north'), width }));
      expect(screen.width / screen.height).toBeCloseTo(16 / 9);
      expect(screen.y + screen.height / 2).toBeLessThan(board.y - board.height / 2);
      expect(screen.y - screen.height / 2).toBeGreaterThan(counter.height);
    }
  });

  it('keeps the board at the atlas slot aspect so names are not stretched', () => {
    for (const width of [2, 5, 12, 30]) {
      const { board } = boothParts(standFrame({ ...stand('north'), width }));
      expect(board.width / board.height).toBeCloseTo(4);
    }
  });
});
