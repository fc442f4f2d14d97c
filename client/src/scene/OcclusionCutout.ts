/**
 * Keeps the own avatar visible behind booths and signs: materials it is applied to dither away
 * (screen-door, no sorting needed) inside a circle around the avatar on screen, for fragments
 * nearer the camera than the avatar. The camera aims it every frame; with no own avatar the
 * radius is 0 and the test costs one comparison per fragment.
 */
import { MathUtils, Vector2, Vector3, type Material, type PerspectiveCamera } from 'three';

/** Metres around the avatar's chest that stay clear. */
const CLEAR_METRES = 1.7;
/** Occluders nearer than this to the avatar (metres, along the view) are left alone. */
const DEPTH_MARGIN = 1;

const declarations = /* glsl */ `
  uniform vec2 cutoutCentre;
  uniform float cutoutRadius;
  uniform float cutoutDepth;
  uniform float cutoutAspect;
  varying vec4 vCutoutClip;
`;

const fragmentTest = /* glsl */ `
  if (cutoutRadius > 0.0 && vCutoutClip.w < cutoutDepth) {
    vec2 ndc = vCutoutClip.xy / vCutoutClip.w;
    float reach = length((ndc - cutoutCentre) * vec2(cutoutAspect, 1.0)) / cutoutRadius;
    // A 2 × 2 screen-door: keep one pixel in four inside, two in four at the soft edge.
    float cell = mod(floor(gl_FragCoord.x), 2.0) + 2.0 * mod(floor(gl_FragCoord.y), 2.0);
    if (reach < 1.0 && cell >= (reach < 0.7 ? 1.0 : 2.0)) discard;
  }
`;

const chest = new Vector3();

export class OcclusionCutout {
  readonly uniforms = {
    cutoutCentre: { value: new Vector2() },
    cutoutRadius: { value: 0 },
    cutoutDepth: { value: 0 },
    cutoutAspect: { value: 1 },
  };

  /** Makes the material dither around the avatar; call before its first use. */
  apply<T extends Material>(material: T): T {
    material.onBeforeCompile = (shader) => {
      Object.assign(shader.uniforms, this.uniforms);
      shader.vertexShader = `${declarations}\n${shader.vertexShader}`.replace(
        '#include <fog_vertex>',
        'vCutoutClip = gl_Position;\n#include <fog_vertex>',
      );
      shader.fragmentShader = `${declarations}\n${shader.fragmentShader}`.replace(
        /void main\(\)\s*\{/,
        (start) => `${start}\n${fragmentTest}`,
      );
    };
    material.customProgramCacheKey = () => 'occlusion-cutout';
    return material;
  }

  /** Centres the cut-out on a floor point's avatar, or switches it off with null. */
  aim(target: Vector3 | null, camera: PerspectiveCamera): void {
    if (!target) {
      this.uniforms.cutoutRadius.value = 0;
      return;
    }
    chest.copy(target).applyMatrix4(camera.matrixWorldInverse);
    const depth = -chest.z;
    chest.copy(target).project(camera);
    this.uniforms.cutoutCentre.value.set(chest.x, chest.y);
    this.uniforms.cutoutDepth.value = depth - DEPTH_MARGIN;
    this.uniforms.cutoutAspect.value = camera.aspect;
    const halfHeight = depth * Math.tan(MathUtils.degToRad(camera.fov / 2));
    this.uniforms.cutoutRadius.value = depth > 0 ? CLEAR_METRES / halfHeight : 0;
  }
}
