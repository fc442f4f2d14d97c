/**
 * The forum screens of the hall (issue 6, "In the hall"): each shows its stage's card (the event
 * on air, or the stage's name and next event; ForumScreenCards.ts), and the nearest live one
 * plays the program, with sound fading with distance (ForumProgramPlayer.ts, ForumScreenLive.ts).
 * A click on a screen opens the event's player at /forum/:eventId.
 *
 * Interest management (forumScreenPicker.ts): once a frame the own avatar's position picks the
 * stages worth polling (the nearest screens in reach) and the screen whose program to play; React
 * state changes only when those answers change, the volume goes straight to the audio element.
 * The player is built in an effect, as StandVideo.tsx's is, so StrictMode gets a fresh one.
 */
import { useFrame, useThree, type ThreeEvent } from '@react-three/fiber';
import type { Locale, Screen, StageLive } from '@salon/shared';
import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { Vector3, type Camera } from 'three';
import { useSessionStore } from '../session/sessionStore.ts';
import type { HallWorld } from '../state/hallWorld.ts';
import { setCanvasCursor } from './canvasCursor.ts';
import { floorToWorld } from './floorToWorld.ts';
import { ForumProgramPlayer } from './ForumProgramPlayer.ts';
import { ForumScreenCards } from './ForumScreenCards.ts';
import { ForumScreenLive } from './ForumScreenLive.ts';
import { useMinute, useScreenLabels, useStageNames } from './forumScreenInputs.ts';
import { nextEventOf, screenLook } from './forumScreenLook.ts';
import { pickProgramScreen, stagesToPoll } from './forumScreenPicker.ts';
import { cardPiece } from './forumScreenPlacement.ts';
import { useRefreshStage, useStageLives, useStageSchedules } from './forumScreenQueries.ts';
import { ForumSoundButton } from './ForumSoundButton.ts';
import { FRAME_ORDER } from './frameOrder.ts';
import type { OcclusionCutout } from './OcclusionCutout.ts';
import { isDrag } from './pointerDrag.ts';
import { useRenderQuality } from './renderQuality.ts';
import { probeSources } from './sceneStats.ts';
import { useStandVideo } from './standVideoStore.ts';
import { useDisposal } from './useDisposal.ts';

interface Props {
  readonly world: HallWorld;
  readonly screens: readonly Screen[];
  readonly locale: Locale;
  readonly cutout: OcclusionCutout;
}

const NO_STAGES: readonly string[] = [];
/** Seconds between two choices of stages to poll and of the screen to play. */
const CHOICE_SECONDS = 0.25;
const projected = new Vector3();

export function ForumScreens({ world, screens, locale, cutout }: Props) {
  const { anisotropy } = useRenderQuality();
  const scene = useThree((state) => state.scene);
  const camera = useThree((state) => state.camera);
  const canvas = useThree((state) => state.gl.domElement);
  const navigate = useNavigate();
  const labels = useScreenLabels(locale);
  const cards = useMemo(
    () => new ForumScreenCards(screens, cutout, anisotropy),
    [screens, cutout, anisotropy],
  );
  useDisposal(cards);

  const allStages = useMemo(() => [...new Set(screens.map((s) => s.stageId))].sort(), [screens]);
  const [polled, setPolled] = useState<readonly string[]>(NO_STAGES);
  const lives = useStageLives(polled);
  const schedules = useStageSchedules(allStages);
  const stageNames = useStageNames();
  const now = useMinute();
  const refreshStage = useRefreshStage();
  /** Stage id → the event live there, read once a frame by the picker. */
  const liveEvents = useRef(new Map<string, string>());
  const live = useRef<ForumScreenLive | null>(null);
  const player = useRef<ForumProgramPlayer | null>(null);
  const soundButton = useRef<ForumSoundButton | null>(null);
  const wanted = useRef('');
  const sinceChoice = useRef(Infinity);
  const [playing, setPlaying] = useState(false);
  const current = useEffectEvent(() => ({ labels, refreshStage }));

  useEffect(() => {
    const store = useStandVideo.getState;
    const createdPlayer = new ForumProgramPlayer(cutout, () => store().setSoundOn(false));
    const createdLive = new ForumScreenLive(createdPlayer, (stageId) =>
      current().refreshStage(stageId),
    );
    const container = canvas.parentElement ?? canvas;
    const button = new ForumSoundButton(container, current().labels.sound, () =>
      store().toggleSound(),
    );
    createdPlayer.setSound(store().soundOn);
    button.setPressed(store().soundOn);
    const unsubscribe = useStandVideo.subscribe((state, previous) => {
      if (state.soundOn === previous.soundOn) return;
      createdPlayer.setSound(state.soundOn);
      button.setPressed(state.soundOn);
    });
    const readOut = () => {
      const info = createdPlayer.info();
      const screen = createdPlayer.heldScreen;
      if (!info || !screen) return null;
      return { ...info, clientPoint: clientPointOf(screen, camera, canvas) };
    };
    probeSources.forumScreen = readOut;
    scene.add(createdPlayer.mesh);
    player.current = createdPlayer;
    live.current = createdLive;
    soundButton.current = button;
    return () => {
      player.current = null;
      live.current = null;
      soundButton.current = null;
      wanted.current = '';
      sinceChoice.current = Infinity;
      scene.remove(createdPlayer.mesh);
      if (probeSources.forumScreen === readOut) probeSources.forumScreen = null;
      unsubscribe();
      createdLive.dispose();
      createdPlayer.dispose();
      button.dispose();
    };
  }, [scene, camera, canvas, cutout]);

  useEffect(() => soundButton.current?.setLabels(labels.sound), [labels.sound]);
  useEffect(() => soundButton.current?.setVisible(playing), [playing]);

  // Cards and the picker's view of which stages are live: on answers, never per frame.
  useEffect(() => {
    const events = new Map<string, string>();
    for (const stageId of allStages) {
      const stageLive: StageLive | null = lives.get(stageId) ?? null;
      const liveId = stageLive?.broadcast.status === 'live' ? stageLive.event.id : null;
      if (liveId) events.set(stageId, liveId);
      const next = nextEventOf(schedules.get(stageId) ?? [], now, liveId);
      const look = screenLook(
        stageNames.get(stageId) ?? null,
        stageLive,
        next,
        locale,
        labels.look,
      );
      cards.setLook(stageId, look, labels.card);
    }
    liveEvents.current = events;
  }, [allStages, lives, schedules, stageNames, now, locale, labels, cards]);

  useFrame((_, delta) => {
    const self = world.selfId === null ? undefined : world.avatars.get(world.selfId);
    const point = self ? { x: self.x, y: self.y } : null;
    player.current?.update(point);
    // The choices need not be made every frame: a few times a second follows any walk.
    sinceChoice.current += delta;
    if (sinceChoice.current < CHOICE_SECONDS) return;
    sinceChoice.current = 0;
    const stages = stagesToPoll(screens, point);
    if (stages.join('|') !== polled.join('|')) setPolled(stages);
    const events = liveEvents.current;
    const held = player.current?.heldScreen ?? null;
    const screen = pickProgramScreen(screens, point, (id) => events.has(id), held?.id ?? null);
    const eventId = screen ? (events.get(screen.stageId) ?? null) : null;
    const identity = useSessionStore.getState().identity;
    const key = screen && eventId ? `${screen.id}|${eventId}|${identity}` : '';
    if (key !== wanted.current) {
      wanted.current = key;
      live.current?.want(screen, eventId, identity);
      setPlaying(key !== '');
    }
  }, FRAME_ORDER.afterCamera);

  const open = (screen: Screen | null) => {
    if (!screen) return;
    const liveId = liveEvents.current.get(screen.stageId);
    const next = nextEventOf(schedules.get(screen.stageId) ?? [], Date.now(), null);
    const eventId = liveId ?? next?.id;
    void navigate(eventId ? `/forum/${encodeURIComponent(eventId)}` : '/forum');
  };
  const handlers = {
    onPointerOver: (event: ThreeEvent<PointerEvent>) => {
      event.stopPropagation();
      setCanvasCursor(canvas, 'pointer');
    },
    onPointerMove: (event: ThreeEvent<PointerEvent>) => event.stopPropagation(),
    onPointerOut: () => setCanvasCursor(canvas, ''),
  };

  // The program's quad is not a target: a click through it lands on the card behind.
  return (
    <primitive
      object={cards.mesh}
      onClick={(event: ThreeEvent<MouseEvent>) => {
        event.stopPropagation();
        if (!isDrag(event)) open(cards.screenAt(event.instanceId));
      }}
      {...handlers}
    />
  );
}

/** Where `screen`'s centre is drawn now, in client pixels; null when behind or off the view. */
function clientPointOf(
  screen: Screen,
  camera: Camera,
  canvas: HTMLCanvasElement,
): { x: number; y: number } | null {
  const piece = cardPiece(screen);
  floorToWorld(piece.x, piece.y, piece.elevation, projected).project(camera);
  if (projected.z > 1 || Math.abs(projected.x) > 1 || Math.abs(projected.y) > 1) return null;
  const box = canvas.getBoundingClientRect();
  return {
    x: box.left + ((projected.x + 1) / 2) * box.width,
    y: box.top + ((1 - projected.y) / 2) * box.height,
  };
}
