/**
 * The hall's one <video> element and the one overlay (ScreenOverlay.ts) that shows it over a
 * stand's screen. `show` points it at a stand, or at none: the previous source is released first
 * (pause, source removed, load()), so however many stands there are, one video at most decodes.
 *
 * What plays is the stand's presentation video, or, while the hall holds a live webinar session
 * for that stand (`setLive`), the host's video that the feed attaches (LiveScreenFeed.ts) with a
 * "LIVE" badge, or the "host is off camera" card while there is none (screenSource.ts decides).
 * When the session ends or fails, the presentation starts again. A new live picture (camera back,
 * screen share) replaces the last from its first frame on. Live sound is the session's own.
 *
 * Presentation: while it loads its poster shows; from the first played frame a VideoTexture
 * replaces it. Whatever fails (the stand's detail, no playable source, a media error) hides the
 * overlay, which leaves the screen's idle look, and is logged once; that stand is not tried again
 * while the hall is open. A stand without a video simply keeps its idle look.
 *
 * The element starts muted (browsers refuse unmuted autoplay). `setSound(true)` unmutes it; if
 * the browser still refuses, sound goes back off and `onSoundLost` says so. While another player
 * on the page plays (the stand panel's), the hall's is muted and paused, also a source still
 * loading when that one started, and it plays when that one pauses. The element stays out of
 * the document: nothing shows it but the overlay.
 */
import type { Stand, StandVideo } from '@salon/shared';
import { SRGBColorSpace, VideoTexture } from 'three';
import type { LiveLabels } from './liveAtlas.ts';
import type { OcclusionCutout } from './OcclusionCutout.ts';
import type { StandVideoInfo } from './sceneStats.ts';
import { PagePlayerYield } from './pagePlayerYield.ts';
import { ScreenOverlay } from './ScreenOverlay.ts';
import type { LiveFeed, ScreenSource } from './screenSource.ts';
import { standFrame, type StandFrame } from './standParts.ts';
import type { StandVideoLoader } from './standVideoQuery.ts';
import { chooseVideoSource } from './videoSource.ts';

export interface StandVideoEvents {
  /** The exhibitor whose video or live webinar (`live`) now plays on its screen, or null. */
  onActive: (exhibitorId: string | null, live: boolean) => void;
  /** Sound went back off: refused by the browser, or another player started. */
  onSoundLost: () => void;
}

export class StandVideoPlayer {
  private readonly overlay: ScreenOverlay;
  private readonly video: HTMLVideoElement;
  private readonly load: StandVideoLoader;
  private readonly events: StandVideoEvents;
  private readonly failed = new Set<string>();
  private stand: Stand | null = null;
  private frame: StandFrame | null = null;
  private live: LiveFeed | null = null;
  /** The feed whose video the element holds, and the track its texture was made for. */
  private attached: LiveFeed | null = null;
  private coveredTrack: MediaStreamTrack | null = null;
  /** A feed whose stream the element could not play: its stand shows the presentation. */
  private brokenLive: LiveFeed | null = null;
  /** What the element holds now; 'presentation' also while it holds nothing. */
  private playing: 'presentation' | 'live' = 'presentation';
  /** Bumped on every switch: answers for an earlier source are dropped. */
  private generation = 0;
  private texture: VideoTexture | null = null;
  private frameRequest: number | null = null;
  /** What the page was last told plays: exhibitor and whether live. */
  private active = '';
  private sound = false;
  private readonly otherPlayers: PagePlayerYield;

  constructor(load: StandVideoLoader, cutout: OcclusionCutout, events: StandVideoEvents) {
    this.load = load;
    this.events = events;
    const video = document.createElement('video');
    video.muted = true;
    video.playsInline = true;
    video.loop = true;
    video.preload = 'auto';
    video.addEventListener('playing', this.onPlaying);
    video.addEventListener('resize', this.onResize);
    video.addEventListener('error', this.onMediaError);
    this.video = video;
    this.otherPlayers = new PagePlayerYield(video, this.yieldToOther, this.resume);
    this.overlay = new ScreenOverlay(cutout);
  }

  get mesh() {
    return this.overlay.mesh;
  }

  /** Plays `stand`'s screen, or stops with null. Cheap when nothing changes. */
  show(stand: Stand | null): void {
    if (stand?.id === this.stand?.id) return;
    this.release();
    if (!stand) return;
    this.stand = stand;
    this.frame = standFrame(stand);
    this.start(stand);
  }

  /**
   * The hall's live session for a stand, or null. Called again whenever the feed changes (host
   * video on or off, session over); a feed for another stand than the shown one is kept unused.
   */
  setLive(feed: LiveFeed | null): void {
    if (feed !== this.live) this.brokenLive = null;
    this.live = feed;
    const stand = this.stand;
    if (!stand) return;
    const wanted = this.wanted();
    if (wanted === 'presentation') {
      if (this.playing === 'live') this.restart(stand);
    } else if (this.attached !== feed) {
      this.restart(stand);
    } else {
      this.showLive(wanted);
    }
  }

  setSound(on: boolean): void {
    this.sound = on;
    this.applyMuted();
    if (this.attached) {
      this.liveSound(this.attached, on);
      return;
    }
    // Chrome pauses a muted autoplaying video that is unmuted without a user gesture.
    if (on && this.video.paused && this.hasSource()) this.play(this.generation);
  }

  setLabels(labels: LiveLabels): void {
    this.overlay.setLabels(labels);
  }

  info(): StandVideoInfo {
    const video = this.video;
    const stream = video.srcObject instanceof MediaStream ? video.srcObject : null;
    return {
      exhibitorId: this.stand?.exhibitorId ?? null,
      source: this.playing,
      playing: !video.paused && !video.ended && video.readyState >= video.HAVE_FUTURE_DATA,
      paused: video.paused,
      src: video.getAttribute('src'),
      streamVideoTracks: stream?.getVideoTracks().length ?? 0,
      currentTime: video.currentTime,
      videoWidth: video.videoWidth,
      framesDecoded: video.getVideoPlaybackQuality().totalVideoFrames,
      // Live sound plays from the session's own elements; this one only shows the picture.
      muted: this.attached ? !this.sound : video.muted,
      showing: this.overlay.look,
    };
  }

  dispose(): void {
    this.release();
    this.video.removeEventListener('playing', this.onPlaying);
    this.video.removeEventListener('resize', this.onResize);
    this.video.removeEventListener('error', this.onMediaError);
    this.otherPlayers.dispose();
    this.overlay.dispose();
  }

  /** What the shown stand's screen should play now. */
  private wanted(): ScreenSource {
    const { stand, live } = this;
    if (!stand || !live || live === this.brokenLive) return 'presentation';
    return live.exhibitorId === stand.exhibitorId ? live.source() : 'presentation';
  }

  private restart(stand: Stand): void {
    this.release(true);
    this.stand = stand;
    this.frame = standFrame(stand);
    this.start(stand);
  }

  private start(stand: Stand): void {
    const wanted = this.wanted();
    if (wanted === 'presentation') this.startPresentation(stand);
    else this.startLive(wanted);
  }

  private startPresentation(stand: Stand): void {
    if (this.failed.has(stand.exhibitorId)) {
      this.announce(null);
      return;
    }
    const generation = this.generation;
    this.load(stand.exhibitorId).then(
      (video) => this.playPresentation(generation, stand, video),
      (error: unknown) => this.fail(generation, stand, error),
    );
  }

  private playPresentation(generation: number, stand: Stand, video: StandVideo | null): void {
    if (generation !== this.generation) return;
    if (!video) {
      this.announce(null);
      return;
    }
    const source = chooseVideoSource(video.sources, (type) => this.video.canPlayType(type));
    if (!source) {
      this.fail(generation, stand, new Error('no source this browser can play'));
      return;
    }
    if (video.posterUrl && this.frame) this.overlay.showPoster(this.frame, video.posterUrl);
    this.applyMuted();
    this.video.src = source.url;
    this.play(generation);
  }

  private startLive(look: Exclude<ScreenSource, 'presentation'>): void {
    const live = this.live;
    if (!live) return;
    this.playing = 'live';
    this.attached = live;
    this.video.loop = false;
    this.applyMuted();
    // attach() plays the element whenever it gives it a track.
    live.attach(this.video);
    this.liveSound(live, this.sound);
    this.showLive(look);
    // The session is in the room: its sound is there to turn on, with or without a picture.
    this.announce(live.exhibitorId);
  }

  private liveSound(live: LiveFeed, on: boolean): void {
    const generation = this.generation;
    void live.setSound(on).then((playing) => {
      if (playing || !on || generation !== this.generation || !this.sound) return;
      this.sound = false;
      this.events.onSoundLost();
    });
  }

  /** The live look: the card now, or the host's video from its first frame on. */
  private showLive(look: Exclude<ScreenSource, 'presentation'>): void {
    const frame = this.frame;
    if (!frame) return;
    if (look === 'offCamera') {
      this.cancelFrameRequest();
      this.dropTexture();
      this.coveredTrack = null;
      this.overlay.showOffCamera(frame);
      return;
    }
    const track = this.attached?.videoTrack() ?? null;
    if (this.overlay.look === 'video' && track === this.coveredTrack) return;
    if (this.frameRequest !== null) return;
    // Until the new picture's first frame, the last one (or the card) stays.
    const generation = this.generation;
    this.frameRequest = this.video.requestVideoFrameCallback(() => {
      this.frameRequest = null;
      if (generation !== this.generation || this.wanted() !== 'live') return;
      // A fresh texture per picture: its frame callbacks belong to the new source.
      this.dropTexture();
      this.coverVideo(true);
      this.coveredTrack = this.attached?.videoTrack() ?? null;
    });
  }

  private play(generation: number): void {
    // A source that loaded while another player plays waits for it (resume plays it then).
    if (this.otherPlayers.yielding) return;
    this.video.play().catch((error: unknown) => {
      if (generation !== this.generation || !this.stand) return;
      const name = error instanceof DOMException ? error.name : '';
      // A newer load() or pause() interrupted this play(): not a failure.
      if (name === 'AbortError') return;
      if (name === 'NotAllowedError' && !this.video.muted) {
        this.sound = false;
        this.applyMuted();
        this.events.onSoundLost();
        this.play(generation);
        return;
      }
      this.fail(generation, this.stand, error);
    });
  }

  private readonly onPlaying = (): void => {
    // Live video is shown from its first frame (showLive): 'playing' may be its sound alone.
    if (this.playing !== 'presentation' || this.overlay.look === 'video' || !this.hasSource()) {
      return;
    }
    this.coverVideo(false);
    if (this.stand) this.announce(this.stand.exhibitorId);
  };

  /** A screen share is shaped unlike a camera: the overlay follows the picture's aspect. */
  private readonly onResize = (): void => {
    if (this.frame) this.overlay.refit(this.frame, this.aspect());
  };

  private readonly onMediaError = (): void => {
    if (this.stand && this.hasSource()) this.fail(this.generation, this.stand, this.video.error);
  };

  /** Another player on the page (the stand panel's) started: the hall's waits, muted. */
  private readonly yieldToOther = (): void => {
    if (this.sound) {
      this.setSound(false);
      this.events.onSoundLost();
    }
    // Also when paused: pause() cancels a play() still on its way (after a sound change, say),
    // which would otherwise start the hall's video after it yielded.
    if (this.hasSource()) this.video.pause();
  };

  /** The player the hall yielded to paused: whatever the hall shows now plays again. */
  private readonly resume = (): void => {
    if (this.hasSource() && this.video.paused) this.play(this.generation);
  };

  private coverVideo(live: boolean): void {
    if (!this.frame) return;
    const texture = this.texture ?? new VideoTexture(this.video);
    texture.colorSpace = SRGBColorSpace;
    // The frame callback uploads later frames; this one is already there.
    texture.needsUpdate = true;
    this.texture = texture;
    this.overlay.showVideo(this.frame, texture, this.aspect(), live);
  }

  private aspect(): number {
    return this.video.videoWidth / this.video.videoHeight;
  }

  private applyMuted(): void {
    this.video.muted = this.playing === 'live' || !this.sound;
  }

  private announce(exhibitorId: string | null): void {
    const live = exhibitorId !== null && this.playing === 'live';
    const active = exhibitorId === null ? '' : `${exhibitorId}|${live}`;
    if (active === this.active) return;
    this.active = active;
    this.events.onActive(exhibitorId, live);
  }

  private fail(generation: number, stand: Stand, reason: unknown): void {
    if (generation !== this.generation) return;
    if (this.playing === 'live') {
      // The live stream would not play: the presentation takes its place for this session.
      console.warn(`The live video of stand ${stand.id} cannot play; showing its video.`, reason);
      this.brokenLive = this.live;
      this.restart(stand);
      return;
    }
    if (!this.failed.has(stand.exhibitorId)) {
      this.failed.add(stand.exhibitorId);
      console.warn(`The video of stand ${stand.id} cannot play; its screen stays idle.`, reason);
    }
    this.release();
    // Still "at" this stand, so show() does not retry it every frame.
    this.stand = stand;
    this.frame = standFrame(stand);
  }

  private hasSource(): boolean {
    return this.video.getAttribute('src') !== null || this.video.srcObject !== null;
  }

  private cancelFrameRequest(): void {
    if (this.frameRequest === null) return;
    this.video.cancelVideoFrameCallback(this.frameRequest);
    this.frameRequest = null;
  }

  private dropTexture(): void {
    this.texture?.dispose();
    this.texture = null;
  }

  /**
   * Stops and forgets the current source: pause, drop it, free the textures. `switching` keeps
   * the "playing" state for the page while one source of the same stand replaces another.
   */
  private release(switching = false): void {
    this.generation += 1;
    this.cancelFrameRequest();
    if (this.attached) {
      this.attached.attach(null);
      void this.attached.setSound(false);
    }
    this.attached = null;
    this.coveredTrack = null;
    this.playing = 'presentation';
    this.stand = null;
    this.frame = null;
    if (this.hasSource()) {
      this.video.pause();
      this.video.removeAttribute('src');
      this.video.srcObject = null;
      this.video.loop = true;
      this.video.load();
    }
    this.dropTexture();
    this.overlay.hide();
    if (!switching) this.announce(null);
  }
}
