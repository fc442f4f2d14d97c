/** Name tags (see NameTagLayer.ts), placed after the camera moved, since who is near depends on it. */
import { useFrame } from '@react-three/fiber';
import { useMemo } from 'react';
import type { HallWorld } from '../state/hallWorld.ts';
import { FRAME_ORDER } from './frameOrder.ts';
import { NameTagLayer } from './NameTagLayer.ts';
import { useDisposal } from './useDisposal.ts';

export function NameTags({ world }: { readonly world: HallWorld }) {
  const layer = useMemo(() => new NameTagLayer(), []);
  useDisposal(layer);
  useFrame(({ camera }) => layer.update(world, camera), FRAME_ORDER.afterCamera);
  return <primitive object={layer.mesh} />;
}
