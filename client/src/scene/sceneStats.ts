/**
 * What the scene tells tests and the render benchmark about the last rendered frame, through
 * `window.__salonScene` (set after the first frame, removed on unmount).
 */

export interface SceneFrameInfo {
  /** Draw calls and triangles of the last frame (renderer.info, reset once per frame). */
  calls: number;
  triangles: number;
  /** Frames rendered since the scene mounted. */
  frame: number;
  /** JS time of the last frame: the scene's useFrame work plus the render call, ms. */
  jsMs: number;
}

export interface SalonSceneProbe {
  info(): SceneFrameInfo;
  readonly webgl: true;
}

declare global {
  interface Window {
    __salonScene?: SalonSceneProbe;
  }
}
