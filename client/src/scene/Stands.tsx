/**
 * Every stand of the hall (see standMeshes.ts), clickable: a click on any part of a booth
 * reports its stand id; hovering one shows the pointer cursor.
 */
import { useThree, type ThreeEvent } from '@react-three/fiber';
import type { Locale, Stand } from '@salon/shared';
import { useMemo } from 'react';
import { setCanvasCursor } from './canvasCursor.ts';
import type { ExhibitorLook } from './exhibitorLook.ts';
import type { OcclusionCutout } from './OcclusionCutout.ts';
import { isDrag } from './pointerDrag.ts';
import { useRenderQuality } from './renderQuality.ts';
import { createStandMeshes } from './standMeshes.ts';
import { useDisposal } from './useDisposal.ts';

interface Props {
  readonly stands: readonly Stand[];
  readonly exhibitors: ReadonlyMap<string, ExhibitorLook>;
  readonly locale: Locale;
  readonly onStandClick: (standId: string) => void;
  readonly cutout: OcclusionCutout;
}

export function Stands({ stands, exhibitors, locale, onStandClick, cutout }: Props) {
  const { anisotropy } = useRenderQuality();
  const built = useMemo(
    () => createStandMeshes(stands, exhibitors, locale, anisotropy, cutout),
    [stands, exhibitors, locale, anisotropy, cutout],
  );
  useDisposal(built);
  const canvas = useThree((state) => state.gl.domElement);

  const onClick = (event: ThreeEvent<MouseEvent>) => {
    event.stopPropagation();
    if (isDrag(event)) return;
    const index = built.standAt(event.object, event.instanceId);
    const stand = index === null ? undefined : stands[index];
    if (stand) onStandClick(stand.id);
  };
  const onPointerOver = (event: ThreeEvent<PointerEvent>) => {
    event.stopPropagation();
    setCanvasCursor(canvas, 'pointer');
  };
  // Stops the floor under the booth from moving its cursor ring here.
  const onPointerMove = (event: ThreeEvent<PointerEvent>) => event.stopPropagation();
  const onPointerOut = () => setCanvasCursor(canvas, '');

  return built.meshes.map((mesh) => (
    <primitive
      key={mesh.uuid}
      object={mesh}
      onClick={onClick}
      onPointerOver={onPointerOver}
      onPointerMove={onPointerMove}
      onPointerOut={onPointerOut}
    />
  ));
}
