/**
 * The render benchmark (`/bench/render?stands=1000&avatars=500`): a synthetic hall drawn by the
 * real HallCanvas while its avatars walk, measured over MEASURED frames after a warm-up, the
 * result published as `window.__salonRenderBench` (see client/bench/renderBench.ts).
 */
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useLocale } from '../../i18n/i18n.ts';
import { createHallWorld } from '../../state/hallWorld.ts';
import { summarize, type FrameSample, type RenderBenchResult } from './benchSummary.ts';
import { SyntheticCrowd } from './SyntheticCrowd.ts';
import { syntheticHall } from './syntheticHall.ts';

// Loaded apart, like on the hall page, so three.js stays out of the main bundle.
const HallCanvas = lazy(() =>
  import('../../scene/HallCanvas.tsx').then((module) => ({ default: module.HallCanvas })),
);

const WARM_UP_FRAMES = 30;
const MEASURED_FRAMES = 120;
const LIMIT = 5000;

function count(value: string | null, fallback: number): number {
  const parsed = Number.parseInt(value ?? '', 10);
  return Number.isFinite(parsed) ? Math.min(LIMIT, Math.max(0, parsed)) : fallback;
}

export function RenderBenchPage() {
  const [params] = useSearchParams();
  const stands = count(params.get('stands'), 1000);
  const avatars = count(params.get('avatars'), 500);
  const { locale } = useLocale();
  const bench = useMemo(() => {
    const hall = syntheticHall(stands);
    const world = createHallWorld('bench', hall.floor, hall.layout);
    return { hall, world, crowd: new SyntheticCrowd(world, avatars) };
  }, [stands, avatars]);
  const [result, setResult] = useState<RenderBenchResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const samples: FrameSample[] = [];
    let lastFrame = 0;
    let last = performance.now();
    let request = requestAnimationFrame(function tick(now) {
      bench.crowd.step(Math.min(0.1, (now - last) / 1000));
      last = now;
      const info = window.__salonScene?.info();
      if (info && info.frame !== lastFrame) {
        lastFrame = info.frame;
        if (info.frame > WARM_UP_FRAMES) samples.push(info);
      }
      if (samples.length < MEASURED_FRAMES) {
        request = requestAnimationFrame(tick);
        return;
      }
      const summary = summarize(stands, avatars, samples);
      window.__salonRenderBench = summary;
      setResult(summary);
    });
    return () => cancelAnimationFrame(request);
  }, [bench, stands, avatars]);

  const onWebglUnavailable = () => {
    window.__salonRenderBenchError = 'WebGL is not available';
    setError(window.__salonRenderBenchError);
  };

  return (
    <main style={{ position: 'fixed', inset: 0 }}>
      <Suspense>
        <HallCanvas
          world={bench.world}
          exhibitors={bench.hall.exhibitors}
          topics={bench.hall.topics}
          locale={locale}
          onFloorClick={() => undefined}
          onStandClick={() => undefined}
          onWebglUnavailable={onWebglUnavailable}
        />
      </Suspense>
      <output
        data-testid="render-bench"
        style={{
          position: 'absolute',
          left: 8,
          top: 8,
          font: '12px monospace',
          background: '#fffc',
          padding: 4,
        }}
      >
        {error ??
          (result
            ? `stands=${result.stands} avatars=${result.avatars} draw_calls=${result.drawCalls} triangles=${result.triangles} js_ms_per_frame=${result.jsMsPerFrame}`
            : `measuring ${stands} stands, ${avatars} avatars…`)}
      </output>
    </main>
  );
}
