/**
 * The host's camera and microphone before going live: local tracks to look at and listen to,
 * the devices to choose from (named once the browser has permission), and the choice, which
 * the console then goes live with. Tracks stop when the preview ends (`active` false) or the
 * choice changes. A refused camera still leaves the microphone, and the other way round.
 */
import {
  createLocalAudioTrack,
  createLocalTracks,
  createLocalVideoTrack,
  LocalAudioTrack,
  LocalVideoTrack,
  Room,
  type LocalTrack,
} from 'livekit-client';
import { useEffect, useState } from 'react';
import { liveErrorFrom, type LiveError } from '../../../live/LiveError.ts';

export interface DeviceChoice {
  camera: string;
  microphone: string;
}

export interface LocalPreview {
  video: LocalVideoTrack | null;
  audio: LocalAudioTrack | null;
  cameras: MediaDeviceInfo[];
  microphones: MediaDeviceInfo[];
  choice: DeviceChoice;
  choose: (change: Partial<DeviceChoice>) => void;
  starting: boolean;
  error: LiveError | null;
  retry: () => void;
}

interface Opened {
  key: string;
  video: LocalVideoTrack | null;
  audio: LocalAudioTrack | null;
  error: LiveError | null;
}

async function openTracks(choice: DeviceChoice): Promise<LocalTrack[]> {
  const video = choice.camera ? { deviceId: choice.camera } : true;
  const audio = choice.microphone ? { deviceId: choice.microphone } : true;
  try {
    return await createLocalTracks({ video, audio });
  } catch (both) {
    // One refused device should not cost the other: ask for each on its own.
    const tracks = await Promise.allSettled([
      createLocalVideoTrack(choice.camera ? { deviceId: choice.camera } : {}),
      createLocalAudioTrack(choice.microphone ? { deviceId: choice.microphone } : {}),
    ]);
    const opened = tracks.flatMap((result) =>
      result.status === 'fulfilled' ? [result.value] : [],
    );
    if (opened.length === 0) throw both;
    return opened;
  }
}

export function useLocalPreview(active: boolean): LocalPreview {
  const [choice, setChoice] = useState<DeviceChoice>({ camera: '', microphone: '' });
  const [attempt, setAttempt] = useState(0);
  const [opened, setOpened] = useState<Opened | null>(null);
  const [devices, setDevices] = useState<{
    cameras: MediaDeviceInfo[];
    microphones: MediaDeviceInfo[];
  }>({
    cameras: [],
    microphones: [],
  });
  const key = `${choice.camera}|${choice.microphone}|${attempt}`;

  useEffect(() => {
    if (!active) return;
    let cancelled = false;
    // Read through a function: it changes while the device list is awaited.
    const isCancelled = () => cancelled;
    let made: LocalTrack[] = [];
    openTracks(choice).then(
      async (tracks) => {
        if (cancelled) {
          for (const track of tracks) track.stop();
          return;
        }
        made = tracks;
        setOpened({
          key,
          video: tracks.find((track) => track instanceof LocalVideoTrack) ?? null,
          audio: tracks.find((track) => track instanceof LocalAudioTrack) ?? null,
          error: tracks.length < 2 ? liveErrorFrom(new DOMException('', 'NotFoundError')) : null,
        });
        // Device names are only given once permission is granted: list them now.
        const [cameras, microphones] = await Promise.all([
          Room.getLocalDevices('videoinput', false),
          Room.getLocalDevices('audioinput', false),
        ]);
        if (!isCancelled()) setDevices({ cameras, microphones });
      },
      (error: unknown) => {
        if (!cancelled) setOpened({ key, video: null, audio: null, error: liveErrorFrom(error) });
      },
    );
    return () => {
      cancelled = true;
      for (const track of made) track.stop();
    };
    // `key` stands for the choice and the attempt.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active, key]);

  const current = active && opened?.key === key ? opened : null;
  return {
    video: current?.video ?? null,
    audio: current?.audio ?? null,
    ...devices,
    choice,
    choose: (change) => setChoice((previous) => ({ ...previous, ...change })),
    starting: active && current === null,
    error: current?.error ?? null,
    retry: () => setAttempt((value) => value + 1),
  };
}
