/**
 * The hall floor: one plane with the tile texture, which is also what floor clicks hit. A click
 * (not a drag, which orbits the camera) reports the floor point in metres; moving the pointer
 * over it updates `hover` for the floor cursor ring.
 */
import type { ThreeEvent } from '@react-three/fiber';
import type { HallFloor, Vec2 } from '@salon/shared';
import { useMemo } from 'react';
import { floorToWorld, worldToFloor } from './floorToWorld.ts';
import { createGridTexture } from './gridTexture.ts';
import type { FloorHover } from './floorHover.ts';
import { isDrag } from './pointerDrag.ts';
import { useRenderQuality } from './renderQuality.ts';
import { useDisposal } from './useDisposal.ts';

interface Props {
  readonly floor: HallFloor;
  readonly hover: FloorHover;
  readonly onFloorClick: (point: Vec2) => void;
}

export function Floor({ floor, hover, onFloorClick }: Props) {
  const { anisotropy } = useRenderQuality();
  const texture = useMemo(() => createGridTexture(floor, anisotropy), [floor, anisotropy]);
  useDisposal(texture);
  const centre = useMemo(() => floorToWorld(floor.width / 2, floor.depth / 2), [floor]);

  const onClick = (event: ThreeEvent<MouseEvent>) => {
    if (isDrag(event)) return;
    event.stopPropagation();
    onFloorClick(worldToFloor(event.point));
  };
  const onPointerMove = (event: ThreeEvent<PointerEvent>) => {
    const point = worldToFloor(event.point);
    hover.set(point.x, point.y);
  };

  return (
    <mesh
      position={centre}
      rotation-x={-Math.PI / 2}
      onClick={onClick}
      onPointerMove={onPointerMove}
      onPointerOut={() => hover.clear()}
    >
      <planeGeometry args={[floor.width, floor.depth]} />
      <meshLambertMaterial map={texture} />
    </mesh>
  );
}
