/** Wires the hall camera (CameraRig.ts) to the r3f camera, the canvas' input and the frame loop. */
import { useFrame, useThree } from '@react-three/fiber';
import type { HallFloor } from '@salon/shared';
import { useEffect, useMemo } from 'react';
import { PerspectiveCamera, type Camera } from 'three';
import type { HallWorld } from '../state/hallWorld.ts';
import { CameraInput } from './CameraInput.ts';
import { CameraRig } from './CameraRig.ts';
import { FRAME_ORDER } from './frameOrder.ts';
import type { OcclusionCutout } from './OcclusionCutout.ts';

interface Props {
  readonly world: HallWorld;
  readonly floor: HallFloor;
  readonly input: CameraInput;
  readonly cutout: OcclusionCutout;
}

export function FollowCamera({ world, floor, input, cutout }: Props) {
  const camera = useThree((state) => state.camera);
  const rig = useMemo(() => new CameraRig(floor, cutout), [floor, cutout]);

  useEffect(() => fitFarPlane(camera, floor), [camera, floor]);

  useFrame(({ camera: current, scene }, delta) => {
    if (current instanceof PerspectiveCamera) {
      rig.update(world, input, current, scene, Math.min(delta, 0.1));
    }
  }, FRAME_ORDER.camera);
  return null;
}

/** The camera input for the canvas, listening while the scene is mounted. */
export function useCameraInput(): CameraInput {
  const element = useThree((state) => state.gl.domElement);
  const input = useMemo(() => new CameraInput(element), [element]);
  useEffect(() => {
    input.attach();
    return () => input.detach();
  }, [input]);
  return input;
}

/** Far enough for the overview of the largest hall, near enough to keep depth precision. */
function fitFarPlane(camera: Camera, floor: HallFloor): void {
  if (!(camera instanceof PerspectiveCamera)) return;
  camera.far = Math.max(400, Math.hypot(floor.width, floor.depth) * 2.5);
  camera.updateProjectionMatrix();
}
