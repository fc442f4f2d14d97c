/**
 * What the render benchmark reports, and how per-frame samples become it: the most draw calls
 * of any measured frame (the budget is a ceiling), the mean triangles and the mean JS ms.
 */

export interface FrameSample {
  readonly calls: number;
  readonly triangles: number;
  readonly jsMs: number;
}

export interface RenderBenchResult {
  readonly stands: number;
  readonly avatars: number;
  readonly drawCalls: number;
  readonly triangles: number;
  readonly jsMsPerFrame: number;
}

declare global {
  interface Window {
    __salonRenderBench?: RenderBenchResult;
    /** Set instead of the result when the benchmark cannot run (no WebGL). */
    __salonRenderBenchError?: string;
  }
}

export function summarize(
  stands: number,
  avatars: number,
  samples: readonly FrameSample[],
): RenderBenchResult {
  const count = Math.max(1, samples.length);
  const sum = (pick: (sample: FrameSample) => number) =>
    samples.reduce((total, s) => total + pick(s), 0);
  return {
    stands,
    avatars,
    drawCalls: samples.reduce((most, s) => Math.max(most, s.calls), 0),
    triangles: Math.round(sum((s) => s.triangles) / count),
    jsMsPerFrame: Math.round((sum((s) => s.jsMs) / count) * 100) / 100,
  };
}
