/** Everything inside the hall's Canvas, in draw order of importance: hall, stands, people, aids. */
import type { Locale, LocalizedText, Vec2 } from '@salon/shared';
import { useMemo } from 'react';
import type { HallWorld } from '../state/hallWorld.ts';
import { Alleys } from './Alleys.tsx';
import { Avatars } from './Avatars.tsx';
import type { ExhibitorLook } from './exhibitorLook.ts';
import { Floor } from './Floor.tsx';
import { FloorHover } from './floorHover.ts';
import { FollowCamera, useCameraInput } from './FollowCamera.tsx';
import { ForumScreens } from './ForumScreens.tsx';
import { Lighting } from './Lighting.tsx';
import { NameTags } from './NameTags.tsx';
import { OcclusionCutout } from './OcclusionCutout.ts';
import { Signage } from './Signage.tsx';
import { Stands } from './Stands.tsx';
import { StandVideo } from './StandVideo.tsx';
import type { StandVideoLoader } from './standVideoQuery.ts';
import { useWorldLayout } from './useWorldLayout.ts';
import { Walls } from './Walls.tsx';
import { Wayfinding } from './Wayfinding.tsx';

interface Props {
  readonly world: HallWorld;
  readonly exhibitors: ReadonlyMap<string, ExhibitorLook>;
  readonly topics: ReadonlyMap<string, LocalizedText>;
  readonly locale: Locale;
  readonly onFloorClick: (point: Vec2) => void;
  readonly onStandClick: (standId: string) => void;
  readonly standVideos?: StandVideoLoader | undefined;
}

export function HallScene({
  world,
  exhibitors,
  topics,
  locale,
  onFloorClick,
  onStandClick,
  standVideos,
}: Props) {
  const { layout, floor } = useWorldLayout(world);
  const hover = useMemo(() => new FloorHover(), []);
  const input = useCameraInput();
  const cutout = useMemo(() => new OcclusionCutout(), []);
  return (
    <>
      <Lighting />
      <Floor floor={floor} hover={hover} onFloorClick={onFloorClick} />
      <Walls floor={floor} />
      <Alleys alleys={layout.alleys} />
      <Signage
        alleys={layout.alleys}
        screens={layout.screens}
        topics={topics}
        locale={locale}
        cutout={cutout}
      />
      <ForumScreens world={world} screens={layout.screens} locale={locale} cutout={cutout} />
      <Stands
        stands={layout.stands}
        exhibitors={exhibitors}
        locale={locale}
        onStandClick={onStandClick}
        cutout={cutout}
      />
      {standVideos && (
        <StandVideo
          world={world}
          stands={layout.stands}
          load={standVideos}
          cutout={cutout}
          locale={locale}
        />
      )}
      <Avatars world={world} />
      <NameTags world={world} />
      <Wayfinding
        world={world}
        stands={layout.stands}
        hover={hover}
        input={input}
        locale={locale}
      />
      <FollowCamera world={world} floor={floor} input={input} cutout={cutout} />
    </>
  );
}
