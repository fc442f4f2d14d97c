/**
 * A live webinar session as the stand screen's player sees it (the LiveFeed of screenSource.ts):
 * which look the screen takes, and the host's video attached to the player's hidden <video>
 * (`track.attach`), re-attached as the session swaps it (screen share on or off, camera on or
 * off). Because that element is never on the page, adaptive stream learns through a
 * videoTextureView that the texture is in sight, at about the size a stand screen ever takes.
 *
 * Sound is the session's own (its audio elements play every voice in the room); this handle only
 * says whether the hall wants it, and unlocks playback from the click that asked for it.
 */
import type { LocalTrack, RemoteTrack } from 'livekit-client';
import type { LiveSession } from '../live/joinWebinar.ts';
import { videoTextureView, type VideoTextureView } from '../live/videoTextureView.ts';
import { chooseScreenSource, type LiveFeed, type ScreenSource } from './screenSource.ts';

/** A stand screen fills a few hundred pixels at most: the middle simulcast layer is plenty. */
const TEXTURE_SIZE = { width: 640, height: 360, visible: true } as const;

type HostTrack = RemoteTrack | LocalTrack;

export class LiveScreenFeed implements LiveFeed {
  readonly exhibitorId: string;
  readonly session: LiveSession;
  private element: HTMLVideoElement | null = null;
  private track: HostTrack | null = null;
  private view: VideoTextureView | null = null;
  private readonly unsubscribe: () => void;

  /** `onChange` runs after the feed followed a change of the session (never per frame). */
  constructor(session: LiveSession, exhibitorId: string, onChange: () => void) {
    this.session = session;
    this.exhibitorId = exhibitorId;
    this.unsubscribe = session.onChange(() => {
      this.follow();
      onChange();
    });
  }

  source(): ScreenSource {
    const { state } = this.session;
    return chooseScreenSource({ state, hasHostVideo: this.session.hostVideo() !== null });
  }

  videoTrack(): MediaStreamTrack | null {
    return this.track?.mediaStreamTrack ?? null;
  }

  attach(element: HTMLVideoElement | null): void {
    if (element === this.element) return;
    this.detach();
    this.element = element;
    this.follow();
  }

  async setSound(on: boolean): Promise<boolean> {
    this.session.setSound(on);
    if (!on) return true;
    const room = this.session.room;
    // From the click that asked for sound: the browser may have blocked the room's audio so far.
    await room.startAudio().catch(() => undefined);
    return room.canPlaybackAudio;
  }

  dispose(): void {
    this.unsubscribe();
    this.detach();
    this.element = null;
  }

  /** Keeps the session's host video, and only it, in the element. */
  private follow(): void {
    const element = this.element;
    const wanted = element && this.source() === 'live' ? this.session.hostVideo() : null;
    if (!element || wanted === this.track) return;
    this.detach();
    if (!wanted) return;
    this.track = wanted;
    wanted.attach(element);
    this.view = videoTextureView(wanted, TEXTURE_SIZE);
  }

  private detach(): void {
    this.view?.stop();
    this.view = null;
    if (this.track && this.element) this.track.detach(this.element);
    this.track = null;
  }
}
