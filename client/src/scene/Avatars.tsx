/** Draws the crowd (see AvatarCrowd.ts), updated from the world every frame, culled to the view. */
import { useFrame } from '@react-three/fiber';
import { useMemo } from 'react';
import type { HallWorld } from '../state/hallWorld.ts';
import { AvatarCrowd } from './AvatarCrowd.ts';
import { FRAME_ORDER } from './frameOrder.ts';
import { useDisposal } from './useDisposal.ts';

export function Avatars({ world }: { readonly world: HallWorld }) {
  const crowd = useMemo(() => new AvatarCrowd(), []);
  useDisposal(crowd);
  useFrame(
    ({ camera }, delta) => crowd.update(world, camera, Math.min(delta, 0.1)),
    FRAME_ORDER.avatars,
  );
  return <primitive object={crowd.group} />;
}
