/**
 * The idle look of every stand's presentation screen, one instanced quad per stand: a dark
 * bezel, the exhibitor's brand board (its rect of the brand atlas, per-instance `uvRect`) across
 * the upper part, and a "▶" play mark below, on a background tinted with the exhibitor's
 * primary colour (per-instance colour). The mark is drawn in the shader, so the atlas needs no
 * 16:9 slot and a thousand screens stay one draw call. The playing video covers the inside of
 * the bezel (StandVideoPlayer.ts); SCREEN_BEZEL says how much that is.
 */
import { ShaderMaterial, UniformsLib, UniformsUtils, type Texture } from 'three';
import { BOOTH } from './standParts.ts';

/** Bezel width on each side, as a share of the screen's height. */
export const SCREEN_BEZEL = 0.045;

const vertexShader = /* glsl */ `
  attribute vec4 uvRect;
  varying vec2 vUv;
  varying vec4 vRect;
  varying vec3 vTint;
  #include <common>
  #include <fog_pars_vertex>
  void main() {
    vUv = uv;
    vRect = uvRect;
    #ifdef USE_INSTANCING_COLOR
      vTint = instanceColor;
    #else
      vTint = vec3(0.5);
    #endif
    vec4 mvPosition = modelViewMatrix * instanceMatrix * vec4(position, 1.0);
    gl_Position = projectionMatrix * mvPosition;
    #include <fog_vertex>
  }
`;

// Lengths are in screen heights: p.x runs 0…ASPECT, p.y 0…1.
const fragmentShader = /* glsl */ `
  uniform sampler2D map;
  varying vec2 vUv;
  varying vec4 vRect;
  varying vec3 vTint;
  #include <common>
  #include <fog_pars_fragment>
  const float ASPECT = ${BOOTH.screenAspect.toFixed(6)};
  const float BEZEL = ${SCREEN_BEZEL.toFixed(4)};
  const float BOARD_WIDTH = 0.8 * ASPECT;
  const float BOARD_HEIGHT = BOARD_WIDTH / 4.0;
  const vec2 MARK_CENTRE = vec2(0.5 * ASPECT, 0.27);
  const float MARK_RADIUS = 0.16;
  void main() {
    vec2 p = vec2(vUv.x * ASPECT, vUv.y);
    vec3 colour = mix(vec3(0.02, 0.025, 0.04), vTint, 0.2 + 0.15 * vUv.y);

    vec2 boardMin = vec2(0.5 * (ASPECT - BOARD_WIDTH), 0.88 - BOARD_HEIGHT);
    vec2 b = (p - boardMin) / vec2(BOARD_WIDTH, BOARD_HEIGHT);
    // Sampled outside any branch: mipmap selection needs derivatives from every pixel.
    vec3 board = texture2D(map, vRect.xy + clamp(b, 0.0, 1.0) * vRect.zw).rgb;
    float onBoard = step(0.0, b.x) * step(b.x, 1.0) * step(0.0, b.y) * step(b.y, 1.0);
    colour = mix(colour, board, onBoard);

    vec2 q = (p - MARK_CENTRE) / MARK_RADIUS;
    float disc = 1.0 - smoothstep(0.94, 1.0, length(q));
    float play = step(-0.35, q.x) * step(abs(q.y), 0.55 * (0.55 - q.x));
    colour = mix(colour, vec3(0.92), disc * 0.85);
    colour = mix(colour, vec3(0.05, 0.06, 0.09), disc * play);

    float inside = step(BEZEL, p.x) * step(p.x, ASPECT - BEZEL)
      * step(BEZEL, p.y) * step(p.y, 1.0 - BEZEL);
    colour = mix(vec3(0.015), colour, inside);
    gl_FragColor = vec4(colour, 1.0);
    #include <colorspace_fragment>
    #include <fog_fragment>
  }
`;

export function createScreenMaterial(atlas: Texture): ShaderMaterial {
  const material = new ShaderMaterial({
    uniforms: UniformsUtils.merge([UniformsLib.fog]),
    vertexShader,
    fragmentShader,
    fog: true,
  });
  // Textures must not go through UniformsUtils.merge: it clones them.
  material.uniforms['map'] = { value: atlas };
  return material;
}
