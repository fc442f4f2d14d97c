/**
 * Takes over rendering (a positive useFrame priority turns off r3f's own render call) so that
 * each frame is measured; see FrameProbe.ts.
 */
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { FrameProbe } from './FrameProbe.ts';
import { FRAME_ORDER } from './frameOrder.ts';

export function RenderLoop() {
  const gl = useThree((state) => state.gl);
  const probe = useMemo(() => new FrameProbe(), []);
  useEffect(() => {
    probe.attach(gl);
    return () => probe.detach(gl);
  }, [gl, probe]);
  useFrame(() => probe.begin(), FRAME_ORDER.begin - 1);
  useFrame(
    ({ gl: renderer, scene, camera }) => probe.render(renderer, scene, camera),
    FRAME_ORDER.render,
  );
  return null;
}
