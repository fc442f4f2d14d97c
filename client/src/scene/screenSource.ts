/**
 * What a stand's screen shows while the hall holds a live webinar session for it: the host's
 * video, the "host is off camera" card, or the presentation video as when nothing is live.
 * Pure, so the choice is tested without a room or a media element.
 *
 * - No session, still joining, or over (ended, left, failed): the presentation video. Joining
 *   takes a moment, and a screen that went dark meanwhile would read as broken.
 * - In the room: the host's video when there is one (screen share or camera, as the session
 *   picks), else the card.
 * - Reconnecting: the host's video while LiveKit still has it (a short drop it bridges);
 *   without it, the presentation, since the host is not off camera, the hall is cut off (and
 *   may stay so while LiveKit cannot be reached).
 */
import type { LiveState } from '../live/joinWebinar.ts';

export const SCREEN_SOURCES = ['presentation', 'live', 'offCamera'] as const;
export type ScreenSource = (typeof SCREEN_SOURCES)[number];

/** The part of a live session the choice reads. */
export interface LiveView {
  readonly state: LiveState;
  readonly hasHostVideo: boolean;
}

export function chooseScreenSource(live: LiveView | null): ScreenSource {
  if (!live) return 'presentation';
  switch (live.state) {
    case 'connected':
      return live.hasHostVideo ? 'live' : 'offCamera';
    case 'reconnecting':
      return live.hasHostVideo ? 'live' : 'presentation';
    case 'connecting':
    case 'disconnected':
      return 'presentation';
  }
}

/** A live session as the hall's player uses it (LiveScreenFeed.ts is the real one). */
export interface LiveFeed {
  readonly exhibitorId: string;
  source(): ScreenSource;
  /** The host's picture now in the element, to tell a new one from the last. */
  videoTrack(): MediaStreamTrack | null;
  /** Shows the host's video in `element` from now on, following its changes; null stops. */
  attach(element: HTMLVideoElement | null): void;
  /** The session's sound in the hall; resolves false when the browser refuses to play it. */
  setSound(on: boolean): Promise<boolean>;
}
