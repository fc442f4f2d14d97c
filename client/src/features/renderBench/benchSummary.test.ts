import { describe, expect, it } from 'vitest';
import { summarize } from './benchSummary.ts';

describe('summarize', () => {
  it('reports the worst draw calls and the mean triangles and JS time', () => {
    const result = summarize(10, 5, [
      { calls: 20, triangles: 1000, jsMs: 2 },
      { calls: 22, triangles: 1001, jsMs: 3 },
    ]);
    expect(result).toEqual({
      stands: 10,
      avatars: 5,
      drawCalls: 22,
      triangles: 1001,
      jsMsPerFrame: 2.5,
    });
  });

  it('reports zeros, not NaN, without samples', () => {
    expect(summarize(1, 1, [])).toEqual({
      stands: 1,
      avatars: 1,
      drawCalls: 0,
      triangles: 0,
      jsMsPerFrame: 0,
    });
  });
});
