/**
 * Checks a hall layout before it is published and reports every problem found, so the organiser
 * can fix them all in one pass. The same function runs in the editor and in the API.
 *
 * Issues come grouped by code in LAYOUT_ISSUE_CODES order, and within a code in input order, so
 * the same layout always yields the same list. An empty hall is valid.
 */
import { aabbContains, aabbContainsPoint, aabbOverlap, type Aabb } from '../geometry/aabb.ts';
import { distanceToSegment } from '../geometry/segment.ts';
import type { Vec2 } from '../geometry/vec2.ts';
import { alleyComponents, buildAlleyGraph } from './alleyGraph.ts';
import type { Alley, HallFloor, HallLayout, Screen, Stand } from './hallLayout.ts';
import type { LayoutIssue } from './layoutIssue.ts';
import { standBox, standClearance, standEntrance } from './standGeometry.ts';

/** A stand may reach this far (metres) into an alley corridor before it counts as blocking it. */
export const BLOCK_TOLERANCE = 0.01;
/** A stand's entrance may sit this far (metres) outside an alley corridor and still be reached. */
export const ENTRANCE_REACH = 0.5;

export function validateLayout(floor: HallFloor, layout: HallLayout): LayoutIssue[] {
  const floorBox: Aabb = { minX: 0, minY: 0, maxX: floor.width, maxY: floor.depth };
  const boxes = layout.stands.map(standBox);
  const nearby = indexAlleys(layout.alleys);
  const hasAlleys = layout.alleys.length > 0;
  return [
    ...duplicateIds(layout),
    ...layout.stands
      .filter((stand, i) => !aabbContains(floorBox, boxes[i] ?? standBox(stand)))
      .map((stand) =>
        issue('standOffFloor', `Stand ${stand.id} extends beyond the hall floor`, [stand.id]),
      ),
    ...standOverlaps(layout.stands, boxes),
    ...blockedAlleys(layout.stands, boxes, layout.alleys, nearby),
    // Without alleys every stand is unreachable; the single noAlleys issue says so instead.
    ...layout.stands
      .filter(
        (stand) =>
          hasAlleys && !onAlley(standEntrance(stand), layout.alleys, nearby, ENTRANCE_REACH),
      )
      .map((stand) =>
        issue('standUnreachable', `Stand ${stand.id} has no alley at its entrance`, [stand.id]),
      ),
    ...layout.alleys
      .filter((alley) => ![alley.from, alley.to].every((end) => aabbContainsPoint(floorBox, end)))
      .map((alley) =>
        issue('alleyOffFloor', `Alley ${alley.id} runs beyond the hall floor`, [alley.id]),
      ),
    ...disconnectedAlleys(layout.alleys),
    ...layout.screens
      .filter((screen) => !screenEnds(screen).every((end) => aabbContainsPoint(floorBox, end)))
      .map((screen) =>
        issue('screenOffFloor', `Screen ${screen.id} extends beyond the hall floor`, [screen.id]),
      ),
    ...layout.spawnPoints
      .filter((spawn) => !onAlley(spawn, layout.alleys, nearby, 0))
      .map((spawn) =>
        issue('spawnOffAlley', `Spawn point ${spawn.id} is not on an alley`, [spawn.id]),
      ),
    ...(layout.stands.length > 0 && !hasAlleys
      ? [issue('noAlleys', 'The hall has stands but no alleys to reach them', [])]
      : []),
  ];
}

function issue(code: LayoutIssue['code'], message: string, ids: string[]): LayoutIssue {
  return { code, message, ids };
}

function duplicateIds(layout: HallLayout): LayoutIssue[] {
  const collections = [
    ['Stand', layout.stands],
    ['Alley', layout.alleys],
    ['Screen', layout.screens],
    ['Spawn point', layout.spawnPoints],
  ] as const satisfies readonly (readonly [string, readonly { id: string }[]])[];
  return collections.flatMap(([noun, items]) => {
    const counts = new Map<string, number>();
    for (const { id } of items) counts.set(id, (counts.get(id) ?? 0) + 1);
    return [...counts]
      .filter(([, count]) => count > 1)
      .map(([id, count]) => issue('duplicateId', `${noun} id ${id} is used ${count} times`, [id]));
  });
}

/**
 * One issue per pair of stands sharing area. Sort-and-sweep along x: only stands whose x ranges
 * overlap are compared, so rows of thousands of stands stay fast.
 */
function standOverlaps(stands: readonly Stand[], boxes: readonly Aabb[]): LayoutIssue[] {
  const order = boxes
    .map((box, index) => ({ box, index }))
    .sort((p, q) => p.box.minX - q.box.minX || p.index - q.index);
  const pairs: [number, number][] = [];
  order.forEach((p, k) => {
    for (let m = k + 1; m < order.length; m += 1) {
      const q = order[m];
      // Touching along x is fine, so a box starting exactly at p's right edge ends the sweep.
      if (!q || q.box.minX >= p.box.maxX) break;
      if (aabbOverlap(p.box, q.box))
        pairs.push([Math.min(p.index, q.index), Math.max(p.index, q.index)]);
    }
  });
  pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  return pairs.map(([i, j]) => {
    const a = stands[i]?.id ?? '';
    const b = stands[j]?.id ?? '';
    return issue('standOverlap', `Stands ${a} and ${b} overlap`, [a, b]);
  });
}

/** One issue per stand and alley whose corridor the stand reaches into, stand by stand. */
function blockedAlleys(
  stands: readonly Stand[],
  boxes: readonly Aabb[],
  alleys: readonly Alley[],
  nearby: NearbyAlleys,
): LayoutIssue[] {
  const issues: LayoutIssue[] = [];
  stands.forEach((stand, i) => {
    const box = boxes[i];
    if (!box) return;
    for (const j of nearby(box)) {
      const alley = alleys[j];
      if (!alley || standClearance(stand, alley) >= alley.width / 2 - BLOCK_TOLERANCE) continue;
      const message = `Stand ${stand.id} blocks alley ${alley.id}`;
      issues.push(issue('standBlocksAlley', message, [stand.id, alley.id]));
    }
  });
  return issues;
}

/** Is the point within `slack` metres (at most ENTRANCE_REACH) of some alley's corridor? */
function onAlley(
  point: Vec2,
  alleys: readonly Alley[],
  nearby: NearbyAlleys,
  slack: number,
): boolean {
  const around = { minX: point.x, minY: point.y, maxX: point.x, maxY: point.y };
  return nearby(around).some((j) => {
    const alley = alleys[j];
    return alley !== undefined && distanceToSegment(alley, point) <= alley.width / 2 + slack;
  });
}

/** Indices (ascending) of the alleys whose corridor, grown by ENTRANCE_REACH, may touch a box. */
type NearbyAlleys = (box: Aabb) => number[];

const CELL_SIZE = 16;
/** An alley spanning more cells than this (a long diagonal) is listed as near everything. */
const MAX_CELLS_PER_ALLEY = 4096;

/**
 * Buckets alleys into square cells along their corridors so that stand and spawn checks look at
 * a handful of alleys instead of all of them (5000 stands × 2000 alleys otherwise).
 */
function indexAlleys(alleys: readonly Alley[]): NearbyAlleys {
  const cells = new Map<string, number[]>();
  const everywhere: number[] = [];
  const cellOf = (value: number) => Math.floor(value / CELL_SIZE);
  const halfDiagonal = (CELL_SIZE * Math.SQRT2) / 2;
  alleys.forEach((alley, j) => {
    const reach = alley.width / 2 + ENTRANCE_REACH;
    const fromX = cellOf(Math.min(alley.from.x, alley.to.x) - reach);
    const toX = cellOf(Math.max(alley.from.x, alley.to.x) + reach);
    const fromY = cellOf(Math.min(alley.from.y, alley.to.y) - reach);
    const toY = cellOf(Math.max(alley.from.y, alley.to.y) + reach);
    if ((toX - fromX + 1) * (toY - fromY + 1) > MAX_CELLS_PER_ALLEY) {
      everywhere.push(j);
      return;
    }
    for (let cx = fromX; cx <= toX; cx += 1) {
      for (let cy = fromY; cy <= toY; cy += 1) {
        // Skip cells of a diagonal alley's bounding box that its corridor never comes near.
        const centre = { x: (cx + 0.5) * CELL_SIZE, y: (cy + 0.5) * CELL_SIZE };
        if (distanceToSegment(alley, centre) > reach + halfDiagonal) continue;
        const key = `${cx},${cy}`;
        const bucket = cells.get(key);
        if (bucket) bucket.push(j);
        else cells.set(key, [j]);
      }
    }
  });
  return (box) => {
    const found = new Set<number>(everywhere);
    for (let cx = cellOf(box.minX); cx <= cellOf(box.maxX); cx += 1) {
      for (let cy = cellOf(box.minY); cy <= cellOf(box.maxY); cy += 1) {
        for (const j of cells.get(`${cx},${cy}`) ?? []) found.add(j);
      }
    }
    return [...found].sort((a, b) => a - b);
  };
}

/** One issue naming every alley outside the largest connected group (the first, on a tie). */
function disconnectedAlleys(alleys: readonly Alley[]): LayoutIssue[] {
  const components = alleyComponents(buildAlleyGraph(alleys));
  if (components.length < 2) return [];
  const largest = components.reduce((best, group) => (group.length > best.length ? group : best));
  const stray = components.filter((group) => group !== largest).flat();
  const subject =
    stray.length === 1 ? `Alley ${stray.join('')} is` : `Alleys ${stray.join(', ')} are`;
  return [issue('alleysDisconnected', `${subject} not connected to the main alley network`, stray)];
}

/** A screen is a flat panel `width` wide, running across the direction it faces. */
function screenEnds(screen: Screen): [Vec2, Vec2] {
  const half = screen.width / 2;
  const alongX = screen.facing === 'north' || screen.facing === 'south';
  return alongX
    ? [
        { x: screen.x - half, y: screen.y },
        { x: screen.x + half, y: screen.y },
      ]
    : [
        { x: screen.x, y: screen.y - half },
        { x: screen.x, y: screen.y + half },
      ];
}
