/**
 * The walkable network: alleys cut into edges at every junction, held as index-based arrays so
 * that A* runs on numbers without building objects per step.
 *
 * Junctions are where two centre lines cross, and where an alley's endpoint lies within half of
 * another alley's width of that alley's centre line (a T-junction drawn to the corridor's edge or
 * a little past the line): the endpoint is moved onto the nearest such centre line, which is split
 * there. Points closer than MERGE_EPSILON become one node, so alleys drawn end to end share a node.
 */
import { closestParameter, segmentIntersection, type Segment } from '../geometry/segment.ts';
import { distance, lerp, type Vec2 } from '../geometry/vec2.ts';
import type { Alley } from './hallLayout.ts';

/** Junction points closer than this (metres) are the same node. */
export const MERGE_EPSILON = 1e-3;

/** A piece of one alley between two consecutive nodes along it, in the alley's direction. */
export interface AlleyEdge {
  readonly from: number;
  readonly to: number;
  readonly length: number;
  readonly alleyId: string;
  readonly width: number;
}

/** One way out of a node: the neighbouring node, the edge leading there and its length. */
export interface AlleyLink {
  readonly node: number;
  readonly edge: number;
  readonly length: number;
}

/** One input alley, in input order, with the nodes along it from `from` to `to`. */
export interface AlleyChain {
  readonly id: string;
  readonly nodes: readonly number[];
}

export interface AlleyGraph {
  readonly nodes: readonly Vec2[];
  readonly edges: readonly AlleyEdge[];
  /** `adjacency[node]` lists the links out of that node. */
  readonly adjacency: readonly (readonly AlleyLink[])[];
  readonly alleys: readonly AlleyChain[];
}

/** The closest point on the network to some floor point: on edge `edgeIndex` at parameter `t`. */
export interface AlleySnap {
  readonly point: Vec2;
  readonly edgeIndex: number;
  /** 0 at the edge's `from` node, 1 at its `to` node. */
  readonly t: number;
  readonly distance: number;
}

interface EndpointSnap {
  readonly alley: number;
  readonly t: number;
  readonly point: Vec2;
  readonly distance: number;
}

interface Stop {
  readonly t: number;
  readonly node: number;
}

export function buildAlleyGraph(alleys: readonly Alley[]): AlleyGraph {
  // Endpoint k of alley i is at index 2i + k (0 = from, 1 = to).
  const snaps: (EndpointSnap | null)[] = alleys.flatMap(() => [null, null]);
  const crossings: { i: number; j: number; t: number; u: number }[] = [];
  forEachNearbyPair(alleys, (i, a, j, b) => {
    considerSnap(snaps, i, a, j, b);
    considerSnap(snaps, j, b, i, a);
    const hit = segmentIntersection(a, b);
    if (hit) crossings.push({ i, j, t: hit.t, u: hit.u });
  });

  const registry = new NodeRegistry();
  const stops: Stop[][] = alleys.map(() => []);
  const ends = alleys.map((alley, i) => {
    const fromSnap = snaps[2 * i] ?? null;
    const toSnap = snaps[2 * i + 1] ?? null;
    const fromNode = registry.add(fromSnap?.point ?? alley.from);
    const toNode = registry.add(toSnap?.point ?? alley.to);
    if (fromSnap) stops[fromSnap.alley]?.push({ t: fromSnap.t, node: fromNode });
    if (toSnap) stops[toSnap.alley]?.push({ t: toSnap.t, node: toNode });
    return { fromNode, toNode };
  });
  for (const { i, j, t, u } of crossings) {
    const a = alleys[i];
    const b = alleys[j];
    if (!a || !b) continue;
    const node = registry.add(crossingPoint(a, t, b));
    stops[i]?.push({ t, node });
    stops[j]?.push({ t: u, node });
  }

  const nodes = registry.points;
  const edges: AlleyEdge[] = [];
  const adjacency: AlleyLink[][] = nodes.map(() => []);
  const chains = alleys.map((alley, i): AlleyChain => {
    const { fromNode, toNode } = ends[i] ?? { fromNode: 0, toNode: 0 };
    const along = (stops[i] ?? []).sort((p, q) => p.t - q.t).map((stop) => stop.node);
    const chain = dropRepeats([fromNode, ...along, toNode]);
    for (let k = 1; k < chain.length; k += 1) {
      const from = chain[k - 1] ?? 0;
      const to = chain[k] ?? 0;
      const length = distance(nodeAt(nodes, from), nodeAt(nodes, to));
      const edge = edges.push({ from, to, length, alleyId: alley.id, width: alley.width }) - 1;
      adjacency[from]?.push({ node: to, edge, length });
      adjacency[to]?.push({ node: from, edge, length });
    }
    return { id: alley.id, nodes: chain };
  });
  return { nodes, edges, adjacency, alleys: chains };
}

/** Alley ids grouped by connected component, in order of first appearance in the input. */
export function alleyComponents(graph: AlleyGraph): string[][] {
  const parent = graph.nodes.map((_, i) => i);
  const find = (node: number): number => {
    let root = node;
    while ((parent[root] ?? root) !== root) root = parent[root] ?? root;
    parent[node] = root;
    return root;
  };
  for (const edge of graph.edges) parent[find(edge.from)] = find(edge.to);
  const groups = new Map<number, string[]>();
  for (const chain of graph.alleys) {
    const root = find(chain.nodes[0] ?? 0);
    const group = groups.get(root) ?? [];
    if (!group.includes(chain.id)) group.push(chain.id);
    groups.set(root, group);
  }
  return [...groups.values()];
}

/** The closest point on any edge's centre line, or null when none is within `maxDistance`. */
export function snapToAlleys(
  graph: AlleyGraph,
  point: Vec2,
  maxDistance: number,
): AlleySnap | null {
  let best: AlleySnap | null = null;
  graph.edges.forEach((edge, edgeIndex) => {
    const { t, point: onEdge } = project(edgeSegment(graph, edge), point);
    const gap = distance(point, onEdge);
    // Written so that NaN coordinates never snap.
    if (!(gap <= maxDistance)) return;
    if (best === null || gap < best.distance) best = { point: onEdge, edgeIndex, t, distance: gap };
  });
  return best;
}

export function edgeSegment(graph: AlleyGraph, edge: AlleyEdge): Segment {
  return { from: nodeAt(graph.nodes, edge.from), to: nodeAt(graph.nodes, edge.to) };
}

export function nodeAt(nodes: readonly Vec2[], index: number): Vec2 {
  const node = nodes[index];
  if (!node) throw new RangeError(`No node ${index} in the alley graph`);
  return node;
}

/**
 * The closest point of `segment` to `point`. Unlike a bare lerp it returns the endpoints exactly
 * and keeps the fixed coordinate of an axis-aligned line exact, so alleys on a grid meet at nodes
 * with round coordinates instead of float noise.
 */
function project(segment: Segment, point: Vec2): { t: number; point: Vec2 } {
  const t = closestParameter(segment, point);
  if (t <= 0) return { t, point: segment.from };
  if (t >= 1) return { t, point: segment.to };
  const along = lerp(segment.from, segment.to, t);
  const vertical = segment.from.x === segment.to.x;
  const horizontal = segment.from.y === segment.to.y;
  return {
    t,
    point: {
      x: vertical ? segment.from.x : horizontal ? point.x : along.x,
      y: horizontal ? segment.from.y : vertical ? point.y : along.y,
    },
  };
}

/** Where `a` (at parameter t) crosses `b`, exact on whichever of them is axis-aligned. */
function crossingPoint(a: Alley, t: number, b: Alley): Vec2 {
  const along = t <= 0 ? a.from : t >= 1 ? a.to : lerp(a.from, a.to, t);
  const fixedX = [a, b].find((s) => s.from.x === s.to.x)?.from.x;
  const fixedY = [a, b].find((s) => s.from.y === s.to.y)?.from.y;
  return { x: fixedX ?? along.x, y: fixedY ?? along.y };
}

/** Remember, for alley i's endpoints, the nearest other centre line whose corridor holds them. */
function considerSnap(
  snaps: (EndpointSnap | null)[],
  i: number,
  a: Alley,
  j: number,
  b: Alley,
): void {
  [a.from, a.to].forEach((end, k) => {
    const { t, point } = project(b, end);
    const gap = distance(end, point);
    if (gap > b.width / 2) return;
    const current = snaps[2 * i + k] ?? null;
    if (current && (current.distance < gap || (current.distance === gap && current.alley < j))) {
      return;
    }
    snaps[2 * i + k] = { alley: j, t, point, distance: gap };
  });
}

/**
 * Calls `visit` for every pair of alleys whose corridors' bounding boxes touch: a sweep along x,
 * so long parallel rows of alleys do not cost n² distance checks.
 */
function forEachNearbyPair(
  alleys: readonly Alley[],
  visit: (i: number, a: Alley, j: number, b: Alley) => void,
): void {
  const boxes = alleys.map((alley, index) => {
    const reach = alley.width / 2;
    return {
      index,
      alley,
      minX: Math.min(alley.from.x, alley.to.x) - reach,
      maxX: Math.max(alley.from.x, alley.to.x) + reach,
      minY: Math.min(alley.from.y, alley.to.y) - reach,
      maxY: Math.max(alley.from.y, alley.to.y) + reach,
    };
  });
  boxes.sort((p, q) => p.minX - q.minX || p.index - q.index);
  boxes.forEach((p, k) => {
    for (let m = k + 1; m < boxes.length; m += 1) {
      const q = boxes[m];
      if (!q || q.minX > p.maxX) break;
      if (q.minY > p.maxY || p.minY > q.maxY) continue;
      if (p.index < q.index) visit(p.index, p.alley, q.index, q.alley);
      else visit(q.index, q.alley, p.index, p.alley);
    }
  });
}

function dropRepeats(chain: readonly number[]): number[] {
  return chain.filter((node, k) => k === 0 || chain[k - 1] !== node);
}

/** Hands out node indices, reusing the index of any node already within MERGE_EPSILON. */
class NodeRegistry {
  readonly points: Vec2[] = [];
  readonly #cells = new Map<string, number[]>();

  add(point: Vec2): number {
    const cellX = Math.floor(point.x / MERGE_EPSILON);
    const cellY = Math.floor(point.y / MERGE_EPSILON);
    for (let dx = -1; dx <= 1; dx += 1) {
      for (let dy = -1; dy <= 1; dy += 1) {
        for (const index of this.#cells.get(`${cellX + dx},${cellY + dy}`) ?? []) {
          if (distance(nodeAt(this.points, index), point) <= MERGE_EPSILON) return index;
        }
      }
    }
    const index = this.points.push(point) - 1;
    const key = `${cellX},${cellY}`;
    const cell = this.#cells.get(key);
    if (cell) cell.push(index);
    else this.#cells.set(key, [index]);
    return index;
  }
}
