import { describe, expect, it } from 'vitest';
import { distance, type Vec2 } from '../geometry/vec2.ts';
import { buildAlleyGraph } from './alleyGraph.ts';
import { DEFAULT_MAX_SNAP_DISTANCE, findPath, type PathResult } from './findPath.ts';
import { alley, gridAlleys } from './testLayouts.ts';

function pathOf(result: PathResult): { points: Vec2[]; length: number } {
  if (!result.ok) throw new Error(`expected a path, got ${result.reason}`);
  return result;
}

function polylineLength(points: readonly Vec2[]): number {
  return points.slice(1).reduce((sum, point, k) => sum + distance(points[k] ?? point, point), 0);
}

// An L of alleys round a corner at (0, 0), plus a long detour through (0, 100).
const corner = buildAlleyGraph([
  alley('south', [0, 0], [50, 0]),
  alley('west', [0, 0], [0, 50]),
  alley('detour-1', [50, 0], [50, 100]),
  alley('detour-2', [50, 100], [0, 100]),
  alley('detour-3', [0, 100], [0, 50]),
]);

describe('findPath', () => {
  it('returns just the start, length 0, when start equals goal', () => {
    expect(findPath(corner, { x: 3, y: 0 }, { x: 3, y: 0 })).toEqual({
      ok: true,
      points: [{ x: 3, y: 0 }],
      length: 0,
    });
  });

  it('reports startOffGraph on an empty graph', () => {
    expect(findPath(buildAlleyGraph([]), { x: 0, y: 0 }, { x: 5, y: 5 })).toEqual({
      ok: false,
      reason: 'startOffGraph',
    });
  });

  it('reports startOffGraph when the start is beyond the snap distance', () => {
    const far = { x: 25, y: -(DEFAULT_MAX_SNAP_DISTANCE + 0.1) };
    expect(findPath(corner, far, { x: 0, y: 25 })).toEqual({ ok: false, reason: 'startOffGraph' });
  });

  it('reports goalOffGraph when the goal is beyond the snap distance', () => {
    expect(findPath(corner, { x: 25, y: 0 }, { x: 25, y: 30 })).toEqual({
      ok: false,
      reason: 'goalOffGraph',
    });
  });

  it('honours a custom maxSnapDistance', () => {
    const start = { x: 25, y: 3 };
    expect(findPath(corner, start, { x: 0, y: 25 }, { maxSnapDistance: 2 })).toEqual({
      ok: false,
      reason: 'startOffGraph',
    });
    expect(findPath(corner, start, { x: 0, y: 25 }, { maxSnapDistance: 3 }).ok).toBe(true);
  });

  it('reports unreachable when start and goal lie on disconnected alleys', () => {
    const islands = buildAlleyGraph([alley('a', [0, 0], [10, 0]), alley('b', [0, 50], [10, 50])]);
    expect(findPath(islands, { x: 2, y: 0 }, { x: 2, y: 50 })).toEqual({
      ok: false,
      reason: 'unreachable',
    });
  });

  it('walks round the corner instead of taking the detour', () => {
    const { points, length } = pathOf(findPath(corner, { x: 30, y: 0 }, { x: 0, y: 30 }));
    expect(points).toEqual([
      { x: 30, y: 0 },
      { x: 0, y: 0 },
      { x: 0, y: 30 },
    ]);
    expect(length).toBe(60);
  });

  it('takes the detour when it is the shorter way', () => {
    const { points, length } = pathOf(findPath(corner, { x: 50, y: 90 }, { x: 0, y: 60 }));
    expect(points).toEqual([
      { x: 50, y: 90 },
      { x: 50, y: 100 },
      { x: 0, y: 100 },
      { x: 0, y: 60 },
    ]);
    expect(length).toBe(100);
  });

  it('walks from an off-alley start to its snap point and from the goal’s snap point to the goal', () => {
    const { points, length } = pathOf(findPath(corner, { x: 30, y: 2 }, { x: -3, y: 30 }));
    expect(points).toEqual([
      { x: 30, y: 2 },
      { x: 30, y: 0 },
      { x: 0, y: 0 },
      { x: 0, y: 30 },
      { x: -3, y: 30 },
    ]);
    expect(length).toBe(65);
  });

  it('walks straight along the edge when start and goal share it', () => {
    const { points, length } = pathOf(findPath(corner, { x: 10, y: 1 }, { x: 40, y: -1 }));
    expect(points).toEqual([
      { x: 10, y: 1 },
      { x: 10, y: 0 },
      { x: 40, y: 0 },
      { x: 40, y: -1 },
    ]);
    expect(length).toBe(32);
  });

  it('walks straight when both points snap to the same spot', () => {
    const { points } = pathOf(findPath(corner, { x: 10, y: 1 }, { x: 10, y: -1 }));
    expect(points).toEqual([
      { x: 10, y: 1 },
      { x: 10, y: 0 },
      { x: 10, y: -1 },
    ]);
  });

  it('does not repeat a start that lies exactly on a junction', () => {
    const { points, length } = pathOf(findPath(corner, { x: 0, y: 0 }, { x: 0, y: 20 }));
    expect(points).toEqual([
      { x: 0, y: 0 },
      { x: 0, y: 20 },
    ]);
    expect(length).toBe(20);
  });

  describe('on a single alley', () => {
    // One 50 m east-west alley along y = 0 and nothing else: two nodes, one edge.
    const single = buildAlleyGraph([alley('only', [0, 0], [50, 0])]);

    it('walks straight along the alley between two points on it, either way', () => {
      expect(findPath(single, { x: 10, y: 0 }, { x: 40, y: 0 })).toEqual({
        ok: true,
        points: [
          { x: 10, y: 0 },
          { x: 40, y: 0 },
        ],
        length: 30,
      });
      const back = pathOf(findPath(single, { x: 40, y: 0 }, { x: 10, y: 0 }));
      expect(back.points).toEqual([
        { x: 40, y: 0 },
        { x: 10, y: 0 },
      ]);
    });

    it('walks from one end of the alley to the other', () => {
      const { points, length } = pathOf(findPath(single, { x: 0, y: 0 }, { x: 50, y: 0 }));
      expect(points).toEqual([
        { x: 0, y: 0 },
        { x: 50, y: 0 },
      ]);
      expect(length).toBe(50);
    });

    it('steps off the alley’s end to a goal just beyond it', () => {
      const { points, length } = pathOf(findPath(single, { x: 10, y: 0 }, { x: 55, y: 0 }));
      expect(points).toEqual([
        { x: 10, y: 0 },
        { x: 50, y: 0 },
        { x: 55, y: 0 },
      ]);
      expect(length).toBe(45);
    });

    it('reports goalOffGraph for a goal to the side of the alley beyond the snap distance', () => {
      expect(findPath(single, { x: 10, y: 0 }, { x: 25, y: 20 })).toEqual({
        ok: false,
        reason: 'goalOffGraph',
      });
    });

    it('reports goalOffGraph for a goal past the alley’s end beyond the snap distance', () => {
      const past = { x: 50 + DEFAULT_MAX_SNAP_DISTANCE + 1, y: 0 };
      expect(findPath(single, { x: 10, y: 0 }, past)).toEqual({
        ok: false,
        reason: 'goalOffGraph',
      });
    });

    it('reports startOffGraph for a start off the alley even when the goal is on it', () => {
      expect(findPath(single, { x: -20, y: 0 }, { x: 10, y: 0 })).toEqual({
        ok: false,
        reason: 'startOffGraph',
      });
    });
  });

  it('passes through a T-junction to reach a branch', () => {
    const graph = buildAlleyGraph([
      alley('main', [0, 0], [40, 0], 4),
      alley('branch', [20, 1.5], [20, 30]),
    ]);
    const { points } = pathOf(findPath(graph, { x: 0, y: 0 }, { x: 20, y: 30 }));
    expect(points).toEqual([
      { x: 0, y: 0 },
      { x: 20, y: 0 },
      { x: 20, y: 30 },
    ]);
  });

  it('gives a length equal to the sum of its segment lengths', () => {
    const graph = buildAlleyGraph([
      alley('diagonal', [0, 0], [30, 40]),
      alley('across', [30, 40], [90, 40]),
      alley('down', [90, 40], [90, 0]),
    ]);
    const { points, length } = pathOf(findPath(graph, { x: 3, y: 5 }, { x: 88, y: 7 }));
    expect(length).toBeCloseTo(polylineLength(points), 9);
    expect(points).toHaveLength(6);
  });

  it('finds a corner-to-corner path across a 40 × 40 grid with the Manhattan length', () => {
    const graph = buildAlleyGraph(gridAlleys(40, 5));
    const { points, length } = pathOf(findPath(graph, { x: 0, y: 0 }, { x: 195, y: 195 }));
    expect(length).toBeCloseTo(390, 9);
    expect(length).toBeCloseTo(polylineLength(points), 9);
    expect(points[0]).toEqual({ x: 0, y: 0 });
    expect(points.at(-1)).toEqual({ x: 195, y: 195 });
    // Every step follows a grid line: axis-aligned and never backwards.
    points.slice(1).forEach((point, k) => {
      const previous = points[k] ?? point;
      expect(point.x === previous.x || point.y === previous.y).toBe(true);
      expect(point.x >= previous.x && point.y >= previous.y).toBe(true);
    });
  });
});
