/**
 * The stands' screens in the hall (issues 4 and 5): once a frame it asks the picker
 * (videoStandPicker.ts) which stand's screen should play, from the own avatar's position and
 * heading, and points the hall's single player (StandVideoPlayer.ts) at it; the player only acts
 * when the answer changes. A changed answer also goes to the store, where useLiveTarget looks
 * up that stand's live webinar; while there is one, the hall joins it (HallLive.ts) and the
 * screen shows its host instead of the presentation. Sound follows the page's toggle
 * (standVideoStore.ts).
 *
 * The player is built in an effect rather than a memo: under StrictMode the first mount's
 * element is released for good and the second mount gets a fresh one.
 */
import { useFrame, useThree } from '@react-three/fiber';
import type { Locale, Stand } from '@salon/shared';
import { useEffect, useEffectEvent, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { HallWorld } from '../state/hallWorld.ts';
import { FRAME_ORDER } from './frameOrder.ts';
import { HallLive } from './HallLive.ts';
import type { LiveLabels } from './liveAtlas.ts';
import type { OcclusionCutout } from './OcclusionCutout.ts';
import { probeSources } from './sceneStats.ts';
import { StandVideoPlayer } from './StandVideoPlayer.ts';
import type { StandVideoLoader } from './standVideoQuery.ts';
import { useStandVideo } from './standVideoStore.ts';
import { useLiveTarget } from './useLiveTarget.ts';
import { VideoStandPicker } from './videoStandPicker.ts';

interface Props {
  readonly world: HallWorld;
  readonly stands: readonly Stand[];
  readonly load: StandVideoLoader;
  readonly cutout: OcclusionCutout;
  readonly locale: Locale;
}

export function StandVideo({ world, stands, load, cutout, locale }: Props) {
  const scene = useThree((state) => state.scene);
  const picker = useMemo(() => new VideoStandPicker(stands), [stands]);
  const standsById = useMemo(() => new Map(stands.map((stand) => [stand.id, stand])), [stands]);
  const player = useRef<StandVideoPlayer | null>(null);
  const live = useRef<HallLive | null>(null);
  const picked = useRef<string | null>(null);
  const labels = useLiveLabels(locale);
  const target = useLiveTarget();
  // Read by the effect that builds the player, which must not rebuild when these change.
  const current = useEffectEvent(() => ({ labels, target }));

  useEffect(() => {
    const store = useStandVideo.getState;
    const created = new StandVideoPlayer(load, cutout, {
      onActive: (exhibitorId, isLive) => store().setActive(exhibitorId, isLive),
      onSoundLost: () => store().setSoundOn(false),
    });
    const now = current();
    created.setLabels(now.labels);
    created.setSound(store().soundOn);
    const createdLive = new HallLive(created);
    createdLive.want(now.target);
    const unsubscribe = useStandVideo.subscribe((state, previous) => {
      if (state.soundOn !== previous.soundOn) created.setSound(state.soundOn);
    });
    const readOut = () => created.info();
    probeSources.standVideo = readOut;
    scene.add(created.mesh);
    player.current = created;
    live.current = createdLive;
    return () => {
      player.current = null;
      live.current = null;
      picked.current = null;
      scene.remove(created.mesh);
      if (probeSources.standVideo === readOut) probeSources.standVideo = null;
      unsubscribe();
      createdLive.dispose();
      created.dispose();
      store().setActive(null, false);
      store().setSelected(null);
    };
  }, [scene, load, cutout]);

  useEffect(() => live.current?.want(target), [target]);
  useEffect(() => player.current?.setLabels(labels), [labels]);

  useFrame((_, delta) => {
    const shown = player.current;
    if (!shown) return;
    const self = world.selfId === null ? undefined : world.avatars.get(world.selfId);
    const standId = picker.update(self ?? null, world.nearStandId, Math.min(delta, 0.1));
    const stand = standId === null ? null : (standsById.get(standId) ?? null);
    shown.show(stand);
    // Only on a change of choice: the store is UI state, not a per-frame value.
    if (standId !== picked.current) {
      picked.current = standId;
      useStandVideo.getState().setSelected(stand?.exhibitorId ?? null);
    }
  }, FRAME_ORDER.afterCamera);

  return null;
}

function useLiveLabels(locale: Locale): LiveLabels {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT(locale);
  const live = t('scene.live');
  const offCamera = t('scene.liveOffCamera');
  return useMemo(() => ({ live, offCamera }), [live, offCamera]);
}
