/**
 * Small fixture builders for the hall tests: terse stands and alleys, square alley grids, and one
 * realistic hall that must validate with zero issues. Test support only; not exported by the package.
 */
import type { Alley, Facing, HallFloor, HallLayout, SpawnPoint, Stand } from './hallLayout.ts';

export function stand(
  id: string,
  x: number,
  y: number,
  facing: Facing = 'north',
  width = 4,
  depth = 4,
): Stand {
  return { id, exhibitorId: `e-${id}`, x, y, width, depth, facing };
}

export function alley(
  id: string,
  from: readonly [number, number],
  to: readonly [number, number],
  width = 3,
): Alley {
  return {
    id,
    topicCode: null,
    from: { x: from[0], y: from[1] },
    to: { x: to[0], y: to[1] },
    width,
  };
}

export function spawn(id: string, x: number, y: number): SpawnPoint {
  return { id, x, y };
}

export function layout(parts: Partial<HallLayout> = {}): HallLayout {
  return { stands: [], alleys: [], screens: [], spawnPoints: [], ...parts };
}

/**
 * `count` east-west and `count` north-south alleys, `spacing` metres apart, starting at `origin`:
 * every line crosses every other, so the graph has count × count junctions.
 */
export function gridAlleys(count: number, spacing: number, origin = 0, width = 3): Alley[] {
  const end = origin + (count - 1) * spacing;
  const alleys: Alley[] = [];
  for (let i = 0; i < count; i += 1) {
    const at = origin + i * spacing;
    alleys.push(alley(`h${i}`, [origin, at], [end, at], width));
    alleys.push(alley(`v${i}`, [at, origin], [at, end], width));
  }
  return alleys;
}

export const REALISTIC_FLOOR: HallFloor = { width: 160, depth: 80 };
export const THEME_ALLEY_XS = [12.5, 37.5, 62.5, 87.5, 112.5, 137.5] as const;
const MAIN_Y = 40;
const MAIN_WIDTH = 4;
const THEME_WIDTH = 3;
const STAND_SIZE = 4;

/**
 * A 160 × 80 m hall: a main east-west alley at y = 40, theme alleys every 25 m crossing it, stands
 * lining both sides of each theme alley and facing it, and more stands facing the main alley in the
 * gaps between theme blocks.
 */
export function realisticLayout(): HallLayout {
  const alleys: Alley[] = [
    { ...alley('main', [5, MAIN_Y], [155, MAIN_Y], MAIN_WIDTH), topicCode: null },
    ...THEME_ALLEY_XS.map((x, i) => ({
      ...alley(`theme-${i}`, [x, 5], [x, 75], THEME_WIDTH),
      topicCode: `topic_${i}`,
    })),
  ];
  const stands: Stand[] = [];
  const half = STAND_SIZE / 2;
  const themeOffset = THEME_WIDTH / 2 + half;
  const mainEdge = MAIN_WIDTH / 2;
  // Stand centres along a theme alley: two blocks of eight, clear of the main alley's corridor.
  const rowYs = Array.from(
    { length: 8 },
    (_, k) => MAIN_Y - mainEdge - half - k * STAND_SIZE,
  ).concat(Array.from({ length: 8 }, (_, k) => MAIN_Y + mainEdge + half + k * STAND_SIZE));
  THEME_ALLEY_XS.forEach((x, i) => {
    rowYs.forEach((y, k) => {
      stands.push(stand(`t${i}-w${k}`, x - themeOffset, y, 'east'));
      stands.push(stand(`t${i}-e${k}`, x + themeOffset, y, 'west'));
    });
  });
  // Between neighbouring theme blocks there is room for three stands each side of the main alley.
  THEME_ALLEY_XS.slice(0, -1).forEach((x, i) => {
    for (let k = 0; k < 3; k += 1) {
      const centreX = x + themeOffset + half + 1 + half + k * STAND_SIZE;
      stands.push(stand(`m${i}-s${k}`, centreX, MAIN_Y - mainEdge - half, 'north'));
      stands.push(stand(`m${i}-n${k}`, centreX, MAIN_Y + mainEdge + half, 'south'));
    }
  });
  return {
    stands,
    alleys,
    screens: [{ id: 'screen-1', stageId: 'stage-1', x: 80, y: 78, width: 10, facing: 'south' }],
    spawnPoints: [spawn('spawn-1', 80, MAIN_Y), spawn('spawn-2', 12.5, 10)],
  };
}
