/**
 * Adaptive stream for a video drawn somewhere other than a <video> on the page (a WebGL texture
 * on a stand's screen). livekit-client sends a subscribed video only while something shows it
 * and at the size it is shown; it learns that from the elements the track is attached to. A
 * texture's <video> is not on the page, so it would count as hidden and the video would pause:
 * this view tells the track instead how large the texture is on screen and whether it is in
 * sight. Update it when that changes (on resize, or when the screen leaves the camera's view),
 * not every frame.
 *
 *   const view = videoTextureView(track, { width: 640, height: 360, visible: true });
 *   view.update({ width: 320, height: 180, visible: true });
 *   view.stop();
 *
 * Local tracks (the host's own preview) need none of this: `view` does nothing for them.
 */
import { RemoteVideoTrack, type LocalTrack, type RemoteTrack } from 'livekit-client';

type ElementInfo = Parameters<RemoteVideoTrack['observeElementInfo']>[0];

export interface TextureSize {
  /** CSS pixels the texture covers on screen. */
  width: number;
  height: number;
  visible: boolean;
}

export interface VideoTextureView {
  update(size: TextureSize): void;
  stop(): void;
}

class TextureInfo implements ElementInfo {
  readonly element = {};
  size: TextureSize;
  visibilityChangedAt: number | undefined = undefined;
  readonly pictureInPicture = false;
  handleResize?: () => void;
  handleVisibilityChanged?: () => void;

  constructor(size: TextureSize) {
    this.size = size;
  }
  get visible() {
    return this.size.visible;
  }
  width() {
    return this.size.width;
  }
  height() {
    return this.size.height;
  }
  observe() {
    this.visibilityChangedAt = Date.now();
  }
  stopObserving() {
    this.handleResize = undefined;
    this.handleVisibilityChanged = undefined;
  }
}

export function videoTextureView(
  track: RemoteTrack | LocalTrack,
  size: TextureSize,
): VideoTextureView {
  if (!(track instanceof RemoteVideoTrack))
    return { update: () => undefined, stop: () => undefined };
  const info = new TextureInfo(size);
  track.observeElementInfo(info);
  return {
    update(next) {
      const previous = info.size;
      info.size = next;
      if (previous.visible !== next.visible) {
        info.visibilityChangedAt = Date.now();
        info.handleVisibilityChanged?.();
      }
      if (previous.width !== next.width || previous.height !== next.height) info.handleResize?.();
    },
    stop() {
      track.stopObservingElementInfo(info);
    },
  };
}
