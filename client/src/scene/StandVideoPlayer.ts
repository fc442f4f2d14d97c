/**
 * The hall's one <video> element and the one mesh that shows it over a stand's screen. `show`
 * points it at a stand, or at none: the previous source is released first (pause, src removed,
 * load()), so however many stands there are, one video at most decodes. While the stand's video
 * loads its poster shows; from the first played frame a VideoTexture replaces it. Whatever fails
 * (the stand's detail, no playable source, a media error) hides the mesh, which leaves the
 * screen's idle look, and is logged once; that stand is not tried again while the hall is open.
 * A stand without a video simply keeps its idle look.
 *
 * The element starts muted (browsers refuse unmuted autoplay). `setSound(true)` unmutes it; if
 * the browser still refuses, sound goes back off and `onSoundLost` says so. While another player
 * on the page plays (the stand panel's), the hall's is muted and paused, and it resumes when
 * that one pauses. The element stays out of the document: nothing shows it but the mesh.
 */
import type { Stand, StandVideo } from '@salon/shared';
import {
  Matrix4,
  Mesh,
  MeshBasicMaterial,
  PlaneGeometry,
  SRGBColorSpace,
  TextureLoader,
  VideoTexture,
  type Texture,
} from 'three';
import type { OcclusionCutout } from './OcclusionCutout.ts';
import type { StandVideoInfo } from './sceneStats.ts';
import { SCREEN_BEZEL } from './screenMaterial.ts';
import { boothParts, partMatrix, standFrame } from './standParts.ts';
import type { StandVideoLoader } from './standVideoQuery.ts';
import { chooseVideoSource } from './videoSource.ts';

export interface StandVideoEvents {
  /** The exhibitor whose video now plays on its screen, or null when none does. */
  onActive: (exhibitorId: string | null) => void;
  /** Sound went back off: refused by the browser, or another player started. */
  onSoundLost: () => void;
}

/** In front of the idle screen by this much (metres), with a polygon offset for the rest. */
const LIFT = 0.004;

const placement = new Matrix4();
const loader = new TextureLoader();

export class StandVideoPlayer {
  readonly mesh: Mesh<PlaneGeometry, MeshBasicMaterial>;
  private readonly video: HTMLVideoElement;
  private readonly load: StandVideoLoader;
  private readonly events: StandVideoEvents;
  private readonly failed = new Set<string>();
  private stand: Stand | null = null;
  /** Bumped on every switch: answers for an earlier stand are dropped. */
  private generation = 0;
  private poster: Texture | null = null;
  private texture: VideoTexture | null = null;
  private showing: StandVideoInfo['showing'] = 'idle';
  private sound = false;

  constructor(load: StandVideoLoader, cutout: OcclusionCutout, events: StandVideoEvents) {
    this.load = load;
    this.events = events;
    const video = document.createElement('video');
    video.muted = true;
    video.playsInline = true;
    video.loop = true;
    video.preload = 'auto';
    video.addEventListener('playing', this.onPlaying);
    video.addEventListener('error', this.onMediaError);
    this.video = video;
    // Media events do not bubble; capturing on the document still sees every page player start.
    document.addEventListener('play', this.onOtherPlay, true);
    const material = cutout.apply(
      new MeshBasicMaterial({
        toneMapped: false,
        polygonOffset: true,
        polygonOffsetFactor: -1,
        polygonOffsetUnits: -4,
      }),
    );
    this.mesh = new Mesh(new PlaneGeometry(1, 1), material);
    this.mesh.visible = false;
  }

  /** Plays `stand`'s video on its screen, or stops with null. Cheap when nothing changes. */
  show(stand: Stand | null): void {
    if (stand?.id === this.stand?.id) return;
    this.release();
    if (!stand) return;
    this.stand = stand;
    if (this.failed.has(stand.exhibitorId)) return;
    const generation = this.generation;
    this.load(stand.exhibitorId).then(
      (video) => this.start(generation, stand, video),
      (error: unknown) => this.fail(generation, stand, error),
    );
  }

  setSound(on: boolean): void {
    this.sound = on;
    this.video.muted = !on;
    // Chrome pauses a muted autoplaying video that is unmuted without a user gesture.
    if (on && this.video.paused && this.hasSource()) this.play(this.generation);
  }

  info(): StandVideoInfo {
    const video = this.video;
    return {
      exhibitorId: this.stand?.exhibitorId ?? null,
      playing: !video.paused && !video.ended && video.readyState >= video.HAVE_FUTURE_DATA,
      paused: video.paused,
      src: video.getAttribute('src'),
      currentTime: video.currentTime,
      videoWidth: video.videoWidth,
      muted: video.muted,
      showing: this.showing,
    };
  }

  dispose(): void {
    this.release();
    this.video.removeEventListener('playing', this.onPlaying);
    this.video.removeEventListener('error', this.onMediaError);
    document.removeEventListener('play', this.onOtherPlay, true);
    this.mesh.geometry.dispose();
    this.mesh.material.dispose();
  }

  private start(generation: number, stand: Stand, video: StandVideo | null): void {
    if (generation !== this.generation || !video) return;
    const source = chooseVideoSource(video.sources, (type) => this.video.canPlayType(type));
    if (!source) {
      this.fail(generation, stand, new Error('no source this browser can play'));
      return;
    }
    if (video.posterUrl) this.showPoster(generation, stand, video.posterUrl);
    this.video.muted = !this.sound;
    this.video.src = source.url;
    this.play(generation);
  }

  private play(generation: number): void {
    this.video.play().catch((error: unknown) => {
      if (generation !== this.generation || !this.stand) return;
      const name = error instanceof DOMException ? error.name : '';
      // A newer load() or pause() interrupted this play(): not a failure.
      if (name === 'AbortError') return;
      if (name === 'NotAllowedError' && !this.video.muted) {
        this.sound = false;
        this.video.muted = true;
        this.events.onSoundLost();
        this.play(generation);
        return;
      }
      this.fail(generation, this.stand, error);
    });
  }

  private showPoster(generation: number, stand: Stand, url: string): void {
    const poster = loader.load(
      url,
      (texture) => {
        if (generation !== this.generation || this.showing === 'video') return;
        const image = texture.image as { width: number; height: number };
        this.cover(stand, texture, image.width / image.height, 'poster');
      },
      undefined,
      // No poster: the idle look stays until the first frame.
      () => undefined,
    );
    poster.colorSpace = SRGBColorSpace;
    this.poster = poster;
  }

  private readonly onPlaying = (): void => {
    const stand = this.stand;
    if (!stand || this.showing === 'video' || !this.hasSource()) return;
    const texture = new VideoTexture(this.video);
    texture.colorSpace = SRGBColorSpace;
    // The frame callback uploads later frames; this one is already there.
    texture.needsUpdate = true;
    this.texture = texture;
    this.cover(stand, texture, this.video.videoWidth / this.video.videoHeight, 'video');
    this.poster?.dispose();
    this.poster = null;
    this.events.onActive(stand.exhibitorId);
  };

  private readonly onMediaError = (): void => {
    if (this.stand && this.hasSource()) this.fail(this.generation, this.stand, this.video.error);
  };

  /** Another player on the page (the stand panel's) started: the hall's waits, muted. */
  private readonly onOtherPlay = (event: Event): void => {
    const other = event.target;
    if (!(other instanceof HTMLMediaElement) || other === this.video) return;
    if (!this.video.muted) {
      this.setSound(false);
      this.events.onSoundLost();
    }
    if (!this.hasSource() || this.video.paused) return;
    this.video.pause();
    const generation = this.generation;
    // On the element itself: a player taken out of the page pauses where the document misses it.
    other.addEventListener('pause', () => this.resume(generation), { once: true });
  };

  private resume(generation: number): void {
    if (generation === this.generation && this.hasSource() && this.video.paused) {
      this.play(generation);
    }
  }

  /** Puts `texture` on the mesh, fitted inside the screen's bezel at its own aspect. */
  private cover(stand: Stand, texture: Texture, aspect: number, showing: 'poster' | 'video') {
    const frame = standFrame(stand);
    const screen = boothParts(frame).screen;
    const inset = screen.height * SCREEN_BEZEL;
    const width = screen.width - 2 * inset;
    const height = screen.height - 2 * inset;
    const fitted = Number.isFinite(aspect) && aspect > 0 ? aspect : width / height;
    const wide = fitted > width / height;
    const box = {
      ...screen,
      z: screen.z + LIFT,
      width: wide ? width : height * fitted,
      height: wide ? width / fitted : height,
    };
    partMatrix(frame, box, placement).decompose(
      this.mesh.position,
      this.mesh.quaternion,
      this.mesh.scale,
    );
    const material = this.mesh.material;
    // Video textures are decoded in the shader: a switch of kind needs the other program.
    if (mapKind(material.map) !== mapKind(texture)) material.needsUpdate = true;
    material.map = texture;
    this.mesh.visible = true;
    this.showing = showing;
  }

  private fail(generation: number, stand: Stand, reason: unknown): void {
    if (generation !== this.generation) return;
    if (!this.failed.has(stand.exhibitorId)) {
      this.failed.add(stand.exhibitorId);
      console.warn(`The video of stand ${stand.id} cannot play; its screen stays idle.`, reason);
    }
    this.release();
    // Still "at" this stand, so show() does not retry it every frame.
    this.stand = stand;
  }

  private hasSource(): boolean {
    return this.video.getAttribute('src') !== null;
  }

  /** Stops and forgets the current video: pause, drop the source, free the textures. */
  private release(): void {
    this.generation += 1;
    const wasActive = this.showing === 'video';
    this.stand = null;
    if (this.hasSource()) {
      this.video.pause();
      this.video.removeAttribute('src');
      this.video.load();
    }
    this.texture?.dispose();
    this.texture = null;
    this.poster?.dispose();
    this.poster = null;
    // The disposed map stays assigned until the next one: swapping maps keeps the shader.
    this.mesh.visible = false;
    this.showing = 'idle';
    if (wasActive) this.events.onActive(null);
  }
}

function mapKind(map: Texture | null): 'none' | 'video' | 'image' {
  if (map === null) return 'none';
  return map instanceof VideoTexture ? 'video' : 'image';
}
