/**
 * The hall's one forum program on its screen: a hidden <video> holding the program's video track
 * (as LiveScreenFeed.ts does for a stand's webinar: `track.attach`, and a videoTextureView so
 * adaptive stream knows the texture is in sight), drawn by one quad over the screen's card from
 * the first decoded frame on, and a hidden <audio> element for the program's sound whose volume
 * follows the visitor's distance to the screen (`update`, once a frame, touching the element only
 * when the volume moved). Sound stays muted until the hall's sound toggle is on; if the browser
 * still refuses to play, sound goes back off and `onSoundLost` says so.
 *
 * `hold` points the player at a program session and its screen, or at none; everything about
 * the previous one is released first, so however many screens there are, one program decodes.
 */
import type { Screen } from '@salon/shared';
import type { RemoteAudioTrack, RemoteVideoTrack } from 'livekit-client';
import { Mesh, MeshBasicMaterial, PlaneGeometry, SRGBColorSpace, VideoTexture } from 'three';
import { videoTextureView, type VideoTextureView } from '../live/videoTextureView.ts';
import type { ProgramSession } from './forumProgram.ts';
import { screenDistance, volumeAt } from './forumScreenPicker.ts';
import { videoPiece } from './forumScreenPlacement.ts';
import { pieceMatrix } from './ForumScreenCards.ts';
import type { OcclusionCutout } from './OcclusionCutout.ts';
import type { ForumScreenInfo } from './sceneStats.ts';

/** A forum screen is a few hundred pixels wide at most: a middle layer is plenty. */
const TEXTURE_SIZE = { width: 640, height: 360, visible: true } as const;
/** Volume steps smaller than this are not worth touching the element for. */
const VOLUME_STEP = 0.01;

export class ForumProgramPlayer {
  readonly mesh: Mesh<PlaneGeometry, MeshBasicMaterial>;
  private readonly video: HTMLVideoElement;
  private readonly audioElement: HTMLAudioElement;
  private readonly onSoundLost: () => void;
  private session: ProgramSession | null = null;
  private screen: Screen | null = null;
  private unsubscribe: (() => void) | null = null;
  private videoTrack: RemoteVideoTrack | null = null;
  private audioTrack: RemoteAudioTrack | null = null;
  private view: VideoTextureView | null = null;
  private texture: VideoTexture | null = null;
  private frameRequest: number | null = null;
  private sound = false;
  private volume = 0;
  private distance = Infinity;

  constructor(cutout: OcclusionCutout, onSoundLost: () => void) {
    this.onSoundLost = onSoundLost;
    const video = document.createElement('video');
    video.muted = true;
    video.playsInline = true;
    video.autoplay = true;
    video.addEventListener('resize', this.onResize);
    this.video = video;
    const audio = document.createElement('audio');
    audio.autoplay = true;
    audio.muted = true;
    this.audioElement = audio;
    const material = cutout.apply(new MeshBasicMaterial({ toneMapped: false }));
    this.mesh = new Mesh(new PlaneGeometry(1, 1), material);
    this.mesh.visible = false;
    this.mesh.matrixAutoUpdate = false;
  }

  /** The program to play on `screen`, or none. */
  hold(session: ProgramSession | null, screen: Screen | null): void {
    if (session === this.session && screen?.id === this.screen?.id) return;
    this.release();
    if (!session || !screen) return;
    this.session = session;
    this.screen = screen;
    this.unsubscribe = session.onChange(() => this.follow());
    this.follow();
  }

  /** The screen the program plays on now, or null. */
  get heldScreen(): Screen | null {
    return this.screen;
  }

  setSound(on: boolean): void {
    this.sound = on;
    this.applyMuted();
    if (on && this.audioTrack) this.playAudio();
  }

  /** Once a frame: the volume for the visitor at `point` (floor metres), or silence without. */
  update(point: { x: number; y: number } | null): void {
    const screen = this.screen;
    this.distance = screen && point ? screenDistance(screen, point) : Infinity;
    const volume = volumeAt(this.distance);
    if (Math.abs(volume - this.volume) < VOLUME_STEP && (volume > 0 || this.volume === 0)) return;
    this.volume = volume;
    this.audioElement.volume = volume;
  }

  info(): Omit<ForumScreenInfo, 'clientPoint'> | null {
    const { session, screen } = this;
    if (!session || !screen) return null;
    return {
      screenId: screen.id,
      stageId: screen.stageId,
      eventId: session.eventId,
      source: this.mesh.visible ? 'program' : 'connecting',
      framesDecoded: this.video.getVideoPlaybackQuality().totalVideoFrames,
      videoWidth: this.video.videoWidth,
      volume: this.volume,
      distance: this.distance,
      muted: this.audioElement.muted,
      hasAudio: this.audioTrack !== null,
    };
  }

  dispose(): void {
    this.release();
    this.video.removeEventListener('resize', this.onResize);
    this.mesh.geometry.dispose();
    this.mesh.material.dispose();
  }

  /** Keeps the session's video and audio, and only them, in the elements. */
  private follow(): void {
    const session = this.session;
    if (!session) return;
    const video = session.state === 'disconnected' ? null : session.video();
    if (video !== this.videoTrack) {
      this.dropVideo();
      if (video) {
        this.videoTrack = video;
        video.attach(this.video);
        this.view = videoTextureView(video, TEXTURE_SIZE);
        this.awaitFrame();
      }
    }
    const audio = session.state === 'disconnected' ? null : session.audio();
    if (audio !== this.audioTrack) {
      if (this.audioTrack) this.audioTrack.detach(this.audioElement);
      this.audioTrack = audio;
      if (audio) {
        audio.attach(this.audioElement);
        this.applyMuted();
        if (this.sound) this.playAudio();
      }
    }
  }

  /** The quad shows from the new picture's first frame; until then the card stays. */
  private awaitFrame(): void {
    if (this.frameRequest !== null) this.video.cancelVideoFrameCallback(this.frameRequest);
    const track = this.videoTrack;
    this.frameRequest = this.video.requestVideoFrameCallback(() => {
      this.frameRequest = null;
      if (track !== this.videoTrack) return;
      this.texture?.dispose();
      const texture = new VideoTexture(this.video);
      texture.colorSpace = SRGBColorSpace;
      texture.needsUpdate = true;
      this.texture = texture;
      const material = this.mesh.material;
      material.map = texture;
      material.needsUpdate = true;
      this.place();
      this.mesh.visible = true;
    });
  }

  private place(): void {
    if (!this.screen) return;
    const piece = videoPiece(this.screen, this.video.videoWidth / this.video.videoHeight);
    this.mesh.matrix.copy(pieceMatrix(piece));
    this.mesh.matrixWorldNeedsUpdate = true;
  }

  private readonly onResize = (): void => {
    if (this.mesh.visible) this.place();
  };

  private playAudio(): void {
    const session = this.session;
    this.audioElement.play().catch(() => {
      if (session !== this.session || !this.sound) return;
      this.sound = false;
      this.applyMuted();
      this.onSoundLost();
    });
  }

  private applyMuted(): void {
    this.audioElement.muted = !this.sound;
  }

  private dropVideo(): void {
    if (this.frameRequest !== null) this.video.cancelVideoFrameCallback(this.frameRequest);
    this.frameRequest = null;
    this.view?.stop();
    this.view = null;
    if (this.videoTrack) this.videoTrack.detach(this.video);
    this.videoTrack = null;
    this.mesh.visible = false;
    this.mesh.material.map = null;
    this.texture?.dispose();
    this.texture = null;
  }

  private release(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.dropVideo();
    if (this.audioTrack) this.audioTrack.detach(this.audioElement);
    this.audioTrack = null;
    this.audioElement.srcObject = null;
    this.video.srcObject = null;
    this.session = null;
    this.screen = null;
    this.distance = Infinity;
  }
}
