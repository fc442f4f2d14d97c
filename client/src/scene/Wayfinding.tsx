/**
 * What tells the visitor where they are and where they are going: the path ribbon, the rings
 * under the own avatar, at its destination and under the pointer, and the highlight of the
 * stand near enough to enter. All read the world each frame, after the avatars moved.
 */
import { useFrame } from '@react-three/fiber';
import type { Locale, Stand } from '@salon/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { HallWorld } from '../state/hallWorld.ts';
import type { CameraInput } from './CameraInput.ts';
import type { FloorHover } from './floorHover.ts';
import { FloorMarkers } from './FloorMarkers.ts';
import { FRAME_ORDER } from './frameOrder.ts';
import { PathLine } from './PathLine.ts';
import { useRenderQuality } from './renderQuality.ts';
import { StandHighlight } from './StandHighlight.ts';
import { useDisposal } from './useDisposal.ts';

interface Props {
  readonly world: HallWorld;
  readonly stands: readonly Stand[];
  readonly hover: FloorHover;
  readonly input: CameraInput;
  readonly locale: Locale;
}

export function Wayfinding({ world, stands, hover, input, locale }: Props) {
  const { i18n } = useTranslation();
  const enterLabel = i18n.getFixedT(locale)('scene.enter');
  const { anisotropy } = useRenderQuality();
  const path = useMemo(() => new PathLine(anisotropy), [anisotropy]);
  useDisposal(path);
  const markers = useMemo(() => new FloorMarkers(), []);
  useDisposal(markers);
  const highlight = useMemo(
    () => new StandHighlight(enterLabel, anisotropy),
    [enterLabel, anisotropy],
  );
  useDisposal(highlight);
  const standsById = useMemo(() => new Map(stands.map((stand) => [stand.id, stand])), [stands]);

  useFrame((_, delta) => {
    const step = Math.min(delta, 0.1);
    path.update(world, step);
    markers.update(world, hover, input.dragging, step);
    highlight.update(world, standsById, step);
  }, FRAME_ORDER.afterCamera);

  return (
    <>
      <primitive object={path.mesh} />
      <primitive object={markers.mesh} />
      <primitive object={highlight.group} />
    </>
  );
}
