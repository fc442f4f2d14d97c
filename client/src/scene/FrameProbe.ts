/**
 * Renders and measures each frame for RenderLoop: renderer.info is reset once per frame (not
 * per render call), the JS time from the frame's first useFrame callback to the end of the
 * render call is taken, and `window.__salonScene` is published after the first frame.
 */
import type { WebGLRenderer, Camera, Scene } from 'three';
import { probeSources, type SalonSceneProbe, type SceneFrameInfo } from './sceneStats.ts';

export class FrameProbe {
  private readonly last: SceneFrameInfo = { calls: 0, triangles: 0, frame: 0, jsMs: 0 };
  private readonly probe: SalonSceneProbe = {
    info: () => ({ ...this.last }),
    webgl: true,
    standVideo: () => probeSources.standVideo?.() ?? null,
    forumScreen: () => probeSources.forumScreen?.() ?? null,
  };
  private started = 0;

  attach(gl: WebGLRenderer): void {
    gl.info.autoReset = false;
  }

  detach(gl: WebGLRenderer): void {
    gl.info.autoReset = true;
    if (window.__salonScene === this.probe) delete window.__salonScene;
  }

  begin(): void {
    this.started = performance.now();
  }

  render(gl: WebGLRenderer, scene: Scene, camera: Camera): void {
    gl.info.reset();
    gl.render(scene, camera);
    this.last.calls = gl.info.render.calls;
    this.last.triangles = gl.info.render.triangles;
    this.last.frame += 1;
    this.last.jsMs = performance.now() - this.started;
    if (this.last.frame === 1) window.__salonScene = this.probe;
  }
}
