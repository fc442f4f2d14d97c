/**
 * The stands' video presentations in the hall (issue 4): once a frame it asks the picker
 * (videoStandPicker.ts) which stand's screen should play, from the own avatar's position and
 * heading, and points the hall's single player (StandVideoPlayer.ts) at it; the player only acts
 * when the answer changes. Sound follows the page's toggle (standVideoStore.ts).
 *
 * The player is built in an effect rather than a memo: under StrictMode the first mount's
 * element is released for good and the second mount gets a fresh one.
 */
import { useFrame, useThree } from '@react-three/fiber';
import type { Stand } from '@salon/shared';
import { useEffect, useMemo, useRef } from 'react';
import type { HallWorld } from '../state/hallWorld.ts';
import { FRAME_ORDER } from './frameOrder.ts';
import type { OcclusionCutout } from './OcclusionCutout.ts';
import { probeSources } from './sceneStats.ts';
import { StandVideoPlayer } from './StandVideoPlayer.ts';
import type { StandVideoLoader } from './standVideoQuery.ts';
import { useStandVideo } from './standVideoStore.ts';
import { VideoStandPicker } from './videoStandPicker.ts';

interface Props {
  readonly world: HallWorld;
  readonly stands: readonly Stand[];
  readonly load: StandVideoLoader;
  readonly cutout: OcclusionCutout;
}

export function StandVideo({ world, stands, load, cutout }: Props) {
  const scene = useThree((state) => state.scene);
  const picker = useMemo(() => new VideoStandPicker(stands), [stands]);
  const standsById = useMemo(() => new Map(stands.map((stand) => [stand.id, stand])), [stands]);
  const player = useRef<StandVideoPlayer | null>(null);

  useEffect(() => {
    const store = useStandVideo.getState;
    const created = new StandVideoPlayer(load, cutout, {
      onActive: (exhibitorId) => store().setActive(exhibitorId),
      onSoundLost: () => store().setSoundOn(false),
    });
    created.setSound(store().soundOn);
    const unsubscribe = useStandVideo.subscribe((state, previous) => {
      if (state.soundOn !== previous.soundOn) created.setSound(state.soundOn);
    });
    const readOut = () => created.info();
    probeSources.standVideo = readOut;
    scene.add(created.mesh);
    player.current = created;
    return () => {
      player.current = null;
      scene.remove(created.mesh);
      if (probeSources.standVideo === readOut) probeSources.standVideo = null;
      unsubscribe();
      created.dispose();
      store().setActive(null);
    };
  }, [scene, load, cutout]);

  useFrame((_, delta) => {
    const current = player.current;
    if (!current) return;
    const self = world.selfId === null ? undefined : world.avatars.get(world.selfId);
    const standId = picker.update(self ?? null, world.nearStandId, Math.min(delta, 0.1));
    current.show(standId === null ? null : (standsById.get(standId) ?? null));
  }, FRAME_ORDER.afterCamera);

  return null;
}
