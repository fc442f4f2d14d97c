/**
 * Shortest walk between two floor points along the alley network.
 *
 * Start and goal are snapped to the nearest point on any alley centre line; the search runs A*
 * (Euclidean heuristic, binary heap) over the graph's nodes plus those two snap points, so a walk
 * that starts and ends mid-alley never detours through a junction it does not need.
 */
import { distance, nearlyEqual, type Vec2 } from '../geometry/vec2.ts';
import { nodeAt, snapToAlleys, type AlleyGraph, type AlleySnap } from './alleyGraph.ts';
import { MinHeap } from './minHeap.ts';

/** How far (metres) a start or goal may lie from the nearest alley centre line by default. */
export const DEFAULT_MAX_SNAP_DISTANCE = 8;

/** Points closer than this (metres) count as the same point in a path. */
const SAME_POINT = 1e-9;

export type PathResult =
  | { ok: true; points: Vec2[]; length: number }
  | { ok: false; reason: 'startOffGraph' | 'goalOffGraph' | 'unreachable' };

export interface FindPathOptions {
  maxSnapDistance?: number;
}

/**
 * `points` runs start, its snap point, the junctions passed, the goal's snap point, goal, without
 * consecutive duplicates; `length` is the sum of the distances between consecutive points. A start
 * equal to the goal is already there, wherever it is: `[start]`, length 0.
 */
export function findPath(
  graph: AlleyGraph,
  start: Vec2,
  goal: Vec2,
  options: FindPathOptions = {},
): PathResult {
  if (nearlyEqual(start, goal, SAME_POINT)) return { ok: true, points: [start], length: 0 };
  const maxSnapDistance = options.maxSnapDistance ?? DEFAULT_MAX_SNAP_DISTANCE;
  const startSnap = snapToAlleys(graph, start, maxSnapDistance);
  if (!startSnap) return { ok: false, reason: 'startOffGraph' };
  const goalSnap = snapToAlleys(graph, goal, maxSnapDistance);
  if (!goalSnap) return { ok: false, reason: 'goalOffGraph' };
  const junctions = searchBetweenSnaps(graph, startSnap, goalSnap);
  if (!junctions) return { ok: false, reason: 'unreachable' };
  const points = dropRepeats([start, startSnap.point, ...junctions, goalSnap.point, goal]);
  let length = 0;
  for (let k = 1; k < points.length; k += 1) {
    length += distance(points[k - 1] ?? start, points[k] ?? start);
  }
  return { ok: true, points, length };
}

interface Link {
  readonly node: number;
  readonly length: number;
}

/** The graph nodes walked through from one snap point to the other, or null if none connect. */
function searchBetweenSnaps(
  graph: AlleyGraph,
  startSnap: AlleySnap,
  goalSnap: AlleySnap,
): Vec2[] | null {
  const count = graph.nodes.length;
  // Two temporary nodes after the real ones: the start and goal snap points.
  const source = count;
  const target = count + 1;
  const startEdge = graph.edges[startSnap.edgeIndex];
  const goalEdge = graph.edges[goalSnap.edgeIndex];
  if (!startEdge || !goalEdge) return null;

  const sourceLinks: Link[] = [
    { node: startEdge.from, length: startSnap.t * startEdge.length },
    { node: startEdge.to, length: (1 - startSnap.t) * startEdge.length },
  ];
  if (startSnap.edgeIndex === goalSnap.edgeIndex) {
    // Both on one straight edge: walking along it beats any way round.
    sourceLinks.push({
      node: target,
      length: Math.abs(startSnap.t - goalSnap.t) * startEdge.length,
    });
  }
  const intoTarget = new Map<number, number>([
    [goalEdge.from, goalSnap.t * goalEdge.length],
    [goalEdge.to, (1 - goalSnap.t) * goalEdge.length],
  ]);

  const position = (node: number): Vec2 =>
    node === source
      ? startSnap.point
      : node === target
        ? goalSnap.point
        : nodeAt(graph.nodes, node);
  const cost = new Float64Array(count + 2).fill(Infinity);
  const cameFrom = new Int32Array(count + 2).fill(-1);
  const done = new Uint8Array(count + 2);
  const open = new MinHeap();
  cost[source] = 0;
  open.push(source, distance(startSnap.point, goalSnap.point));

  const relax = (from: number, to: number, length: number): void => {
    const candidate = (cost[from] ?? Infinity) + length;
    if (candidate >= (cost[to] ?? Infinity)) return;
    cost[to] = candidate;
    cameFrom[to] = from;
    open.push(to, candidate + distance(position(to), goalSnap.point));
  };

  for (let node = open.pop(); node !== undefined; node = open.pop()) {
    if (done[node]) continue;
    done[node] = 1;
    if (node === target) break;
    if (node === source) {
      for (const link of sourceLinks) relax(node, link.node, link.length);
      continue;
    }
    for (const link of graph.adjacency[node] ?? []) relax(node, link.node, link.length);
    const toTarget = intoTarget.get(node);
    if (toTarget !== undefined) relax(node, target, toTarget);
  }
  if (!done[target]) return null;

  const junctions: Vec2[] = [];
  for (
    let node = cameFrom[target] ?? -1;
    node !== source && node >= 0;
    node = cameFrom[node] ?? -1
  ) {
    junctions.push(nodeAt(graph.nodes, node));
  }
  return junctions.reverse();
}

function dropRepeats(points: readonly Vec2[]): Vec2[] {
  const kept: Vec2[] = [];
  for (const point of points) {
    const last = kept[kept.length - 1];
    if (!last || !nearlyEqual(last, point, SAME_POINT)) kept.push(point);
  }
  return kept;
}
