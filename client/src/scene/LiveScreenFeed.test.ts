import type { LocalTrack, RemoteTrack } from 'livekit-client';
import { describe, expect, it } from 'vitest';
import type { LiveSession, LiveState } from '../live/joinWebinar.ts';
import { LiveScreenFeed } from './LiveScreenFeed.ts';

/** A track that records where it is attached. */
function fakeTrack(name: string) {
  const attachedTo = new Set<unknown>();
  const track = {
    name,
    mediaStreamTrack: { id: name },
    attach: (element: unknown) => {
      attachedTo.add(element);
      return element;
    },
    detach: (element: unknown) => {
      attachedTo.delete(element);
      return element;
    },
  };
  return { track: track as unknown as RemoteTrack, attachedTo };
}

/** The parts of a session the feed reads, changed by the test as the room would. */
function fakeSession() {
  const listeners = new Set<() => void>();
  const sound: boolean[] = [];
  let state: LiveState = 'connected';
  let video: RemoteTrack | LocalTrack | null = null;
  const session = {
    get state() {
      return state;
    },
    hostVideo: () => video,
    onChange: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setSound: (on: boolean) => sound.push(on),
    room: { startAudio: () => Promise.resolve(), canPlaybackAudio: true },
  };
  const change = (next: { state?: LiveState; video?: RemoteTrack | null }) => {
    if (next.state) state = next.state;
    if (next.video !== undefined) video = next.video;
    for (const listener of listeners) listener();
  };
  return { session: session as unknown as LiveSession, change, listeners, sound };
}

const element = {} as HTMLVideoElement;

describe('LiveScreenFeed', () => {
  it('chooses the host’s video over the presentation, and the card without one', () => {
    const { session, change } = fakeSession();
    const feed = new LiveScreenFeed(session, 'e001', () => undefined);
    expect(feed.source()).toBe('offCamera');
    change({ video: fakeTrack('camera').track });
    expect(feed.source()).toBe('live');
    change({ state: 'disconnected' });
    expect(feed.source()).toBe('presentation');
  });

  it('attaches the host’s video to the element and follows it as it changes', () => {
    const { session, change } = fakeSession();
    const changes: string[] = [];
    const feed = new LiveScreenFeed(session, 'e001', () => changes.push(feed.source()));
    const camera = fakeTrack('camera');
    const screen = fakeTrack('screen');
    change({ video: camera.track });
    feed.attach(element);
    expect(camera.attachedTo.has(element)).toBe(true);
    expect(feed.videoTrack()).toBe(camera.track.mediaStreamTrack);
    // Screen share wins (the session picks it): the element swaps to it.
    change({ video: screen.track });
    expect(camera.attachedTo.size).toBe(0);
    expect(screen.attachedTo.has(element)).toBe(true);
    // Camera off: nothing in the element, the card shows.
    change({ video: null });
    expect(screen.attachedTo.size).toBe(0);
    expect(feed.videoTrack()).toBeNull();
    expect(changes).toEqual(['live', 'live', 'offCamera']);
  });

  it('takes the video out of the element when the webinar ends', () => {
    const { session, change } = fakeSession();
    const feed = new LiveScreenFeed(session, 'e001', () => undefined);
    const camera = fakeTrack('camera');
    change({ video: camera.track });
    feed.attach(element);
    change({ state: 'disconnected' });
    expect(camera.attachedTo.size).toBe(0);
  });

  it('lets go of the element and the session on dispose', () => {
    const { session, change, listeners } = fakeSession();
    const feed = new LiveScreenFeed(session, 'e001', () => undefined);
    const camera = fakeTrack('camera');
    change({ video: camera.track });
    feed.attach(element);
    feed.dispose();
    expect(camera.attachedTo.size).toBe(0);
    expect(listeners.size).toBe(0);
  });

  it('passes the sound choice to the session and says when the browser refuses it', async () => {
    const { session, sound } = fakeSession();
    const feed = new LiveScreenFeed(session, 'e001', () => undefined);
    expect(await feed.setSound(true)).toBe(true);
    const room = session.room as unknown as { canPlaybackAudio: boolean };
    room.canPlaybackAudio = false;
    expect(await feed.setSound(true)).toBe(false);
    expect(await feed.setSound(false)).toBe(true);
    expect(sound).toEqual([true, true, false]);
  });
});
