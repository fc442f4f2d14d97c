/**
 * The program, composed in the producer's browser: a canvas drawn every frame from the
 * moderator's and the on-air speaker's cameras (kept in <video> elements of its own), the
 * speaker's name card when they are heard only, and the current page of their slides; and a
 * mix (ProgramMix) of the moderator's and the on-air speaker's microphones. `stream()` is that
 * program as one video and one audio track, for the program room and the recording.
 *
 * Invariant: what is drawn and mixed comes only from `programLayout` and `programVoices`, fed
 * with the identities of the moderator and of the speaker ON AIR: a backstage speaker's tracks
 * are never looked up, so they cannot reach the program.
 *
 * Frames come from requestAnimationFrame while the tab is shown and from a timer while it is
 * hidden (where animation frames stop), so the program keeps moving.
 */
import type { StudioState } from '@salon/shared';
import { Track } from 'livekit-client';
import { programLayout, programVoices, type ProgramItem, type Rect } from './programLayout.ts';
import { ProgramMix } from './ProgramMix.ts';
import type { SlideRenderer } from './slideRenderer.ts';
import type { StudioConnection } from './StudioConnection.ts';

export const PROGRAM_WIDTH = 1280;
export const PROGRAM_HEIGHT = 720;
export const PROGRAM_FPS = 25;

export interface ProgramScene {
  state: StudioState;
  /** User ids (LiveKit identities) of the moderator and of the speaker on air. */
  moderatorIdentity: string | null;
  speakerIdentity: string | null;
  /** Names and role captions for the name cards, in the studio's language. */
  cards: {
    moderator: { name: string; caption: string };
    speaker: { name: string; caption: string } | null;
  };
}

/** The average colour of a part of the program, for the test probe. */
export type Rgb = [number, number, number];

export class ProgramCompositor {
  readonly canvas = document.createElement('canvas');
  frames = 0;
  items: ProgramItem[] = [];
  private readonly context: CanvasRenderingContext2D;
  private scene: ProgramScene | null = null;
  private readonly mix = new ProgramMix();
  private readonly videos = new Map<string, HTMLVideoElement>();
  private readonly video: MediaStreamTrack;
  private frame = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running = false;

  private readonly connection: StudioConnection;
  private readonly slides: SlideRenderer;

  constructor(connection: StudioConnection, slides: SlideRenderer) {
    this.connection = connection;
    this.slides = slides;
    this.canvas.width = PROGRAM_WIDTH;
    this.canvas.height = PROGRAM_HEIGHT;
    const context = this.canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw the program (no 2D canvas).');
    this.context = context;
    const [video] = this.canvas.captureStream(PROGRAM_FPS).getVideoTracks();
    if (!video) throw new Error('This browser cannot capture the program canvas.');
    this.video = video;
  }

  /** Shows the canvas itself in `holder`, as the producer's monitor of the program. */
  mount(holder: HTMLElement, label: string): () => void {
    const canvas = this.canvas;
    canvas.className = 'studio-program-canvas';
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', label);
    canvas.dataset['testid'] = 'studio-program';
    holder.append(canvas);
    return () => canvas.remove();
  }

  setScene(scene: ProgramScene): void {
    this.scene = scene;
  }

  /** The program's one video and one audio track. */
  stream(): MediaStream {
    return new MediaStream([this.video, ...this.mix.tracks()]);
  }

  /** Sound only starts after a click on the page; call from one. */
  resumeSound(): void {
    this.mix.resume();
  }

  /** Whether the browser holds the program's sound back until a click (ProgramMix.paused). */
  get soundPaused(): boolean {
    return this.mix.paused;
  }

  onSoundPausedChange(listener: () => void): void {
    this.mix.onPausedChange(listener);
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.tick();
  }

  stop(): void {
    this.running = false;
    cancelAnimationFrame(this.frame);
    clearTimeout(this.timer);
    this.video.stop();
    this.mix.close();
    for (const element of this.videos.values()) element.srcObject = null;
    this.videos.clear();
    this.slides.close();
  }

  /** The average colour of the first drawn item of a kind, or null when none is drawn. */
  averageColour(kind: ProgramItem['kind'], who?: string): Rgb | null {
    const item = this.items.find(
      (candidate) =>
        candidate.kind === kind && (!who || ('who' in candidate && candidate.who === who)),
    );
    if (!item) return null;
    const { x, y, w, h } = item.rect;
    const pixels = this.context.getImageData(x, y, w, h).data;
    const sum: Rgb = [0, 0, 0];
    let count = 0;
    for (let offset = 0; offset < pixels.length; offset += 4 * 7) {
      sum[0] += pixels[offset] ?? 0;
      sum[1] += pixels[offset + 1] ?? 0;
      sum[2] += pixels[offset + 2] ?? 0;
      count += 1;
    }
    return count === 0 ? null : (sum.map((value) => Math.round(value / count)) as Rgb);
  }

  private readonly tick = () => {
    if (!this.running) return;
    try {
      this.draw();
      this.mixVoices();
    } finally {
      if (document.hidden) this.timer = setTimeout(this.tick, 1000 / PROGRAM_FPS);
      else this.frame = requestAnimationFrame(this.tick);
    }
  };

  private track(identity: string | null, source: Track.Source): MediaStreamTrack | null {
    if (!identity) return null;
    const publication = this.connection.participant(identity)?.getTrackPublication(source);
    if (!publication?.track || publication.isMuted) return null;
    return publication.track.mediaStreamTrack;
  }

  /** A playing <video> of the person's camera, or null while there is no picture. */
  private videoOf(identity: string | null): HTMLVideoElement | null {
    const track = this.track(identity, Track.Source.Camera);
    if (!track || track.readyState === 'ended') return null;
    let element = this.videos.get(track.id);
    if (!element) {
      element = document.createElement('video');
      element.muted = true;
      element.playsInline = true;
      element.srcObject = new MediaStream([track]);
      void element.play().catch(() => {});
      this.videos.set(track.id, element);
    }
    return element.readyState >= 2 && element.videoWidth > 0 ? element : null;
  }

  private draw(): void {
    const scene = this.scene;
    const context = this.context;
    context.fillStyle = '#101820';
    context.fillRect(0, 0, PROGRAM_WIDTH, PROGRAM_HEIGHT);
    if (!scene) return;
    const { state } = scene;
    const onAir = state.onAir;
    const moderatorVideo = this.videoOf(scene.moderatorIdentity);
    const speakerVideo = onAir ? this.videoOf(scene.speakerIdentity) : null;
    const slide =
      onAir && state.slides ? this.slides.page(state.slides.url, state.slideIndex) : null;
    this.items = programLayout({
      layout: state.layout,
      speaker: onAir ? { mode: onAir.mode, hasVideo: speakerVideo !== null } : null,
      moderatorHasVideo: moderatorVideo !== null,
      hasSlide: slide !== null,
      width: PROGRAM_WIDTH,
      height: PROGRAM_HEIGHT,
    });
    for (const item of this.items) {
      if (item.kind === 'slide') {
        if (slide) this.drawSlide(slide, item.rect);
      } else if (item.kind === 'video') {
        const element = item.who === 'moderator' ? moderatorVideo : speakerVideo;
        if (element) this.drawCover(element, element.videoWidth, element.videoHeight, item.rect);
      } else {
        const card = item.who === 'moderator' ? scene.cards.moderator : scene.cards.speaker;
        if (card) this.drawCard(card.name, card.caption, item.rect);
      }
    }
    this.frames += 1;
  }

  /** Fills the rectangle with the picture, cropping what does not fit. */
  private drawCover(source: CanvasImageSource, width: number, height: number, rect: Rect): void {
    const scale = Math.max(rect.w / width, rect.h / height);
    const cropW = rect.w / scale;
    const cropH = rect.h / scale;
    this.context.drawImage(
      source,
      (width - cropW) / 2,
      (height - cropH) / 2,
      cropW,
      cropH,
      rect.x,
      rect.y,
      rect.w,
      rect.h,
    );
  }

  /** The whole page, as large as fits, on white. */
  private drawSlide(page: HTMLCanvasElement, rect: Rect): void {
    const scale = Math.min(rect.w / page.width, rect.h / page.height);
    const w = page.width * scale;
    const h = page.height * scale;
    this.context.fillStyle = '#ffffff';
    this.context.fillRect(rect.x, rect.y, rect.w, rect.h);
    this.context.drawImage(page, rect.x + (rect.w - w) / 2, rect.y + (rect.h - h) / 2, w, h);
  }

  private drawCard(name: string, caption: string, rect: Rect): void {
    const context = this.context;
    const gradient = context.createLinearGradient(rect.x, rect.y, rect.x + rect.w, rect.y + rect.h);
    gradient.addColorStop(0, '#1d3557');
    gradient.addColorStop(1, '#2a6f97');
    context.fillStyle = gradient;
    context.fillRect(rect.x, rect.y, rect.w, rect.h);
    const size = Math.max(18, Math.round(rect.h / 9));
    context.fillStyle = '#ffffff';
    context.textAlign = 'center';
    context.textBaseline = 'middle';
    context.font = `600 ${size}px system-ui, sans-serif`;
    context.fillText(name, rect.x + rect.w / 2, rect.y + rect.h / 2, rect.w * 0.9);
    context.font = `${Math.round(size * 0.55)}px system-ui, sans-serif`;
    context.fillStyle = '#cfe3f1';
    context.fillText(caption, rect.x + rect.w / 2, rect.y + rect.h / 2 + size, rect.w * 0.9);
  }

  /** Puts the microphones of who is on air into the mix, and takes everyone else out. */
  private mixVoices(): void {
    const scene = this.scene;
    const wanted = new Map<string, MediaStreamTrack>();
    if (scene && scene.state.status !== 'ended') {
      for (const who of programVoices(scene.state.onAir !== null)) {
        const identity = who === 'moderator' ? scene.moderatorIdentity : scene.speakerIdentity;
        const track = this.track(identity, Track.Source.Microphone);
        if (track && track.readyState === 'live') wanted.set(track.id, track);
      }
    }
    this.mix.set(wanted);
  }
}
