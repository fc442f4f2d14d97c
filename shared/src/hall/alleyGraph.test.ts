import { describe, expect, it } from 'vitest';
import {
  alleyComponents,
  buildAlleyGraph,
  edgeSegment,
  nodeAt,
  snapToAlleys,
  type AlleyGraph,
} from './alleyGraph.ts';
import { alley, gridAlleys } from './testLayouts.ts';

function hasNodeAt(graph: AlleyGraph, x: number, y: number): boolean {
  return graph.nodes.some((node) => Math.abs(node.x - x) < 1e-9 && Math.abs(node.y - y) < 1e-9);
}

function nodeIndexAt(graph: AlleyGraph, x: number, y: number): number {
  return graph.nodes.findIndex(
    (node) => Math.abs(node.x - x) < 1e-9 && Math.abs(node.y - y) < 1e-9,
  );
}

describe('buildAlleyGraph', () => {
  it('returns an empty graph for no alleys', () => {
    expect(buildAlleyGraph([])).toEqual({ nodes: [], edges: [], adjacency: [], alleys: [] });
  });

  it('turns a single alley into one edge between its endpoints', () => {
    const graph = buildAlleyGraph([alley('a1', [0, 0], [10, 0], 4)]);
    expect(graph.nodes).toEqual([
      { x: 0, y: 0 },
      { x: 10, y: 0 },
    ]);
    expect(graph.edges).toEqual([{ from: 0, to: 1, length: 10, alleyId: 'a1', width: 4 }]);
    expect(graph.adjacency).toEqual([
      [{ node: 1, edge: 0, length: 10 }],
      [{ node: 0, edge: 0, length: 10 }],
    ]);
    expect(graph.alleys).toEqual([{ id: 'a1', nodes: [0, 1] }]);
  });

  it('splits both alleys where they cross', () => {
    const graph = buildAlleyGraph([alley('h', [0, 5], [10, 5]), alley('v', [4, 0], [4, 10])]);
    const crossing = nodeIndexAt(graph, 4, 5);
    expect(crossing).toBeGreaterThanOrEqual(0);
    expect(graph.nodes).toHaveLength(5);
    expect(graph.edges).toHaveLength(4);
    expect(graph.adjacency[crossing]).toHaveLength(4);
    expect(graph.alleys.map((chain) => chain.nodes[1])).toEqual([crossing, crossing]);
  });

  it('snaps a T-junction endpoint that stops at the corridor edge onto the centre line', () => {
    // The branch stops 1.5 m short of the main alley's centre line, inside its 4 m corridor.
    const graph = buildAlleyGraph([
      alley('main', [0, 0], [20, 0], 4),
      alley('branch', [8, 1.5], [8, 30], 3),
    ]);
    const junction = nodeIndexAt(graph, 8, 0);
    expect(junction).toBeGreaterThanOrEqual(0);
    expect(hasNodeAt(graph, 8, 1.5)).toBe(false);
    expect(graph.alleys).toEqual([
      { id: 'main', nodes: [0, junction, 1] },
      { id: 'branch', nodes: [junction, 3] },
    ]);
    expect(graph.edges.find((edge) => edge.alleyId === 'branch')?.length).toBe(30);
  });

  it('snaps a T-junction endpoint that overshoots the centre line back onto it', () => {
    const graph = buildAlleyGraph([
      alley('main', [0, 0], [20, 0], 4),
      alley('branch', [8, -1], [8, 30], 3),
    ]);
    expect(hasNodeAt(graph, 8, -1)).toBe(false);
    expect(alleyComponents(graph)).toEqual([['main', 'branch']]);
    expect(graph.edges).toHaveLength(3);
  });

  it('leaves an endpoint alone when it is beyond half the other alley’s width', () => {
    const graph = buildAlleyGraph([
      alley('main', [0, 0], [20, 0], 4),
      alley('branch', [8, 2.5], [8, 30], 3),
    ]);
    expect(hasNodeAt(graph, 8, 2.5)).toBe(true);
    expect(alleyComponents(graph)).toHaveLength(2);
  });

  it('joins alleys drawn end to end into one shared node', () => {
    const graph = buildAlleyGraph([alley('a', [0, 0], [10, 0]), alley('b', [10, 0], [10, 10])]);
    expect(graph.nodes).toHaveLength(3);
    expect(graph.alleys[0]?.nodes[1]).toBe(graph.alleys[1]?.nodes[0]);
  });

  it('joins an L-corner whose endpoints miss each other by less than the widths', () => {
    const graph = buildAlleyGraph([
      alley('a', [0, 0], [10.2, 0], 3),
      alley('b', [10, 0.3], [10, 10], 3),
    ]);
    expect(alleyComponents(graph)).toEqual([['a', 'b']]);
  });

  it('splits a long alley where a collinear one overlaps it', () => {
    const graph = buildAlleyGraph([alley('a', [0, 0], [60, 0]), alley('b', [50, 0], [100, 0])]);
    expect(alleyComponents(graph)).toEqual([['a', 'b']]);
    expect(
      graph.alleys.map((chain) => chain.nodes.map((node) => nodeAt(graph.nodes, node).x)),
    ).toEqual([
      [0, 50, 60],
      [50, 60, 100],
    ]);
  });

  it('keeps a zero-length alley as a lone node', () => {
    const graph = buildAlleyGraph([alley('dot', [5, 5], [5, 5])]);
    expect(graph.nodes).toEqual([{ x: 5, y: 5 }]);
    expect(graph.edges).toEqual([]);
    expect(graph.alleys).toEqual([{ id: 'dot', nodes: [0] }]);
  });

  it('gives every edge the length between its nodes and a link from each end', () => {
    const graph = buildAlleyGraph(gridAlleys(4, 10));
    graph.edges.forEach((edge, index) => {
      const segment = edgeSegment(graph, edge);
      expect(edge.length).toBeCloseTo(
        Math.hypot(segment.to.x - segment.from.x, segment.to.y - segment.from.y),
        12,
      );
      expect(graph.adjacency[edge.from]).toContainEqual({
        node: edge.to,
        edge: index,
        length: edge.length,
      });
      expect(graph.adjacency[edge.to]).toContainEqual({
        node: edge.from,
        edge: index,
        length: edge.length,
      });
    });
  });

  it('builds a 40 × 40 grid with a node at every crossing', () => {
    const graph = buildAlleyGraph(gridAlleys(40, 5));
    expect(graph.nodes).toHaveLength(40 * 40);
    expect(graph.edges).toHaveLength(2 * 40 * 39);
    expect(alleyComponents(graph)).toHaveLength(1);
  });

  it('places grid crossings at exactly the alleys’ coordinates, without float noise', () => {
    const alleys = gridAlleys(8, 1.1, 0.3);
    const lines = new Set(alleys.map((a) => (a.id.startsWith('h') ? a.from.y : a.from.x)));
    const graph = buildAlleyGraph(alleys);
    expect(graph.nodes).toHaveLength(64);
    for (const node of graph.nodes) {
      expect(lines.has(node.x) && lines.has(node.y)).toBe(true);
    }
  });

  it('snaps an endpoint held by two corridors onto the nearer centre line', () => {
    const graph = buildAlleyGraph([
      alley('wide', [0, 0], [20, 0], 10),
      alley('narrow', [0, 3], [20, 3], 4),
      alley('branch', [10, 2], [10, 30]),
    ]);
    const branch = graph.alleys[2];
    expect(branch && nodeAt(graph.nodes, branch.nodes[0] ?? -1)).toEqual({ x: 10, y: 3 });
  });

  it('builds the same graph from the same input', () => {
    const alleys = gridAlleys(6, 7);
    expect(buildAlleyGraph(alleys)).toEqual(buildAlleyGraph(alleys));
  });
});

describe('alleyComponents', () => {
  it('returns no components for an empty graph', () => {
    expect(alleyComponents(buildAlleyGraph([]))).toEqual([]);
  });

  it('separates alleys that never meet, in input order', () => {
    const graph = buildAlleyGraph([
      alley('a', [0, 0], [10, 0]),
      alley('far', [0, 50], [10, 50]),
      alley('b', [10, 0], [10, 20]),
    ]);
    expect(alleyComponents(graph)).toEqual([['a', 'b'], ['far']]);
  });

  it('lists a repeated alley id once per component', () => {
    const graph = buildAlleyGraph([alley('a', [0, 0], [10, 0]), alley('a', [10, 0], [20, 0])]);
    expect(alleyComponents(graph)).toEqual([['a']]);
  });
});

describe('snapToAlleys', () => {
  const graph = buildAlleyGraph([alley('h', [0, 0], [10, 0]), alley('v', [20, -10], [20, 10])]);

  it('returns null on an empty graph', () => {
    expect(snapToAlleys(buildAlleyGraph([]), { x: 0, y: 0 }, 100)).toBeNull();
  });

  it('drops a perpendicular onto the nearest edge', () => {
    const snap = snapToAlleys(graph, { x: 4, y: 3 }, 8);
    expect(snap).toEqual({ point: { x: 4, y: 0 }, edgeIndex: 0, t: 0.4, distance: 3 });
  });

  it('prefers the closer of two edges', () => {
    expect(snapToAlleys(graph, { x: 17, y: 2 }, 8)?.point).toEqual({ x: 20, y: 2 });
  });

  it('clamps to an edge end beyond the alley', () => {
    expect(snapToAlleys(graph, { x: -3, y: 4 }, 8)).toMatchObject({
      point: { x: 0, y: 0 },
      t: 0,
      distance: 5,
    });
  });

  it('returns null when every edge is farther than maxDistance', () => {
    expect(snapToAlleys(graph, { x: 5, y: 9 }, 8)).toBeNull();
  });

  it('accepts a point exactly maxDistance away', () => {
    expect(snapToAlleys(graph, { x: 5, y: 8 }, 8)?.distance).toBe(8);
  });

  it('never snaps a point with NaN coordinates', () => {
    expect(snapToAlleys(graph, { x: Number.NaN, y: 0 }, 8)).toBeNull();
  });
});

describe('edgeSegment', () => {
  it('returns the positions of an edge’s two nodes', () => {
    const graph = buildAlleyGraph([alley('a', [1, 2], [3, 4])]);
    const edge = graph.edges[0];
    expect(edge && edgeSegment(graph, edge)).toEqual({ from: { x: 1, y: 2 }, to: { x: 3, y: 4 } });
  });
});

describe('nodeAt', () => {
  it('throws for an index that is not a node', () => {
    expect(() => nodeAt([], 0)).toThrow(RangeError);
  });
});
