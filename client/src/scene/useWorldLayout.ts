/**
 * The world's layout and floor as React state, so the static hall re-renders when the organiser
 * publishes a new layout. The world is mutable and written outside React; this checks it once
 * per frame and updates state only when the layout or floor object is replaced (rare), never
 * for per-frame values.
 */
import { useFrame } from '@react-three/fiber';
import type { HallFloor, HallLayout } from '@salon/shared';
import { useState } from 'react';
import type { HallWorld } from '../state/hallWorld.ts';
import { FRAME_ORDER } from './frameOrder.ts';

export interface WorldLayout {
  readonly layout: HallLayout;
  readonly floor: HallFloor;
}

export function useWorldLayout(world: HallWorld): WorldLayout {
  const [current, setCurrent] = useState<WorldLayout>(() => ({
    layout: world.layout,
    floor: world.floor,
  }));
  useFrame(() => {
    if (world.layout !== current.layout || world.floor !== current.floor) {
      setCurrent({ layout: world.layout, floor: world.floor });
    }
  }, FRAME_ORDER.begin);
  return current;
}
