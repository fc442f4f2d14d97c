/**
 * The 3D hall: the one component the hall page mounts. It owns the r3f Canvas and draws the
 * hall, the avatars and the own avatar's path from a HallWorld that the multiplayer layer keeps
 * up to date; everything that moves is read from `world` inside useFrame, never through props
 * or React state. Clicks come back as floor points (metres) and stand ids. Given
 * `standVideos`, the screen of the stand the visitor is at plays its video (StandVideo.tsx).
 *
 * Without WebGL (no context at all, creation failing, or the context lost later) it calls
 * `onWebglUnavailable` and draws nothing, so the page can show the 2D map instead.
 */
import { Canvas } from '@react-three/fiber';
import type { Locale, LocalizedText, Vec2 } from '@salon/shared';
import { useEffect, useState } from 'react';
import type { HallWorld } from '../state/hallWorld.ts';
import { CanvasErrorBoundary } from './CanvasErrorBoundary.tsx';
import { ContextLossWatcher } from './ContextLossWatcher.tsx';
import type { ExhibitorLook } from './exhibitorLook.ts';
import { HallScene } from './HallScene.tsx';
import { RenderLoop } from './RenderLoop.tsx';
import type { StandVideoLoader } from './standVideoQuery.ts';
import { webglAvailable } from './webglAvailable.ts';

export interface HallCanvasProps {
  readonly world: HallWorld;
  readonly exhibitors: ReadonlyMap<string, ExhibitorLook>;
  /** Topic names by topic code, for the alley signs. */
  readonly topics: ReadonlyMap<string, LocalizedText>;
  readonly locale: Locale;
  readonly onFloorClick: (point: Vec2) => void;
  readonly onStandClick: (standId: string) => void;
  readonly onWebglUnavailable: () => void;
  /** Where stand videos come from; without it the screens keep their idle look. */
  readonly standVideos?: StandVideoLoader | undefined;
}

/** Pixel ratio range: sharp enough on a laptop, bounded for software rendering and phones. */
const DPR: [number, number] = [1, 1.5];
const CANVAS_STYLE = { width: '100%', height: '100%', touchAction: 'none' } as const;

export function HallCanvas({ onWebglUnavailable, ...sceneProps }: HallCanvasProps) {
  const [available, setAvailable] = useState(webglAvailable);

  useEffect(() => {
    if (!available) onWebglUnavailable();
  }, [available, onWebglUnavailable]);

  if (!available) return null;
  return (
    <CanvasErrorBoundary onError={() => setAvailable(false)}>
      <Canvas
        style={CANVAS_STYLE}
        dpr={DPR}
        frameloop="always"
        flat
        gl={{ antialias: false, powerPreference: 'high-performance' }}
        camera={{ fov: 55, near: 0.2, far: 1000 }}
      >
        <ContextLossWatcher onLost={() => setAvailable(false)} />
        <HallScene {...sceneProps} />
        <RenderLoop />
      </Canvas>
    </CanvasErrorBoundary>
  );
}
