/**
 * The material every atlas-textured instanced quad uses (stand boards, alley signs, the forum
 * glyph, name tags): each instance samples its own rect of one shared texture, given by the
 * per-instance `uvRect` attribute (u, v, width, height), so a thousand different boards are one
 * draw call. Unlit on purpose: signage reads the same in any light and costs SwiftShader little.
 *
 * With `billboard`, the quad turns to face the camera around its instance position and grows
 * with distance past BILLBOARD_REFERENCE metres (up to BILLBOARD_MAX_GROW), so name tags stay
 * readable; the instance matrix's x and y scale give the tag's size in metres.
 */
import {
  InstancedBufferAttribute,
  ShaderMaterial,
  UniformsLib,
  UniformsUtils,
  type Texture,
} from 'three';
import type { UvRect } from './atlasLayout.ts';

export const UV_RECT_ATTRIBUTE = 'uvRect';
const BILLBOARD_REFERENCE = 10;
const BILLBOARD_MAX_GROW = 2.5;

const vertexShader = /* glsl */ `
  attribute vec4 uvRect;
  varying vec2 vUv;
  varying vec3 vTint;
  #include <common>
  #include <fog_pars_vertex>
  void main() {
    vUv = uvRect.xy + uv * uvRect.zw;
    #ifdef USE_INSTANCING_COLOR
      vTint = instanceColor;
    #else
      vTint = vec3(1.0);
    #endif
    #ifdef BILLBOARD
      vec4 mvPosition = modelViewMatrix * vec4(instanceMatrix[3].xyz, 1.0);
      vec2 size = vec2(length(instanceMatrix[0].xyz), length(instanceMatrix[1].xyz));
      float grow = clamp(-mvPosition.z / ${BILLBOARD_REFERENCE.toFixed(1)}, 1.0, ${BILLBOARD_MAX_GROW.toFixed(1)});
      mvPosition.xy += position.xy * size * grow;
    #else
      vec4 mvPosition = modelViewMatrix * instanceMatrix * vec4(position, 1.0);
    #endif
    gl_Position = projectionMatrix * mvPosition;
    #include <fog_vertex>
  }
`;

const fragmentShader = /* glsl */ `
  uniform sampler2D map;
  uniform float opacity;
  varying vec2 vUv;
  varying vec3 vTint;
  #include <common>
  #include <fog_pars_fragment>
  void main() {
    vec4 texel = texture2D(map, vUv);
    if (texel.a < 0.02) discard;
    gl_FragColor = vec4(texel.rgb * vTint, texel.a * opacity);
    #include <colorspace_fragment>
    #include <fog_fragment>
  }
`;

export interface AtlasMaterialOptions {
  readonly map: Texture;
  readonly billboard?: boolean;
  readonly transparent?: boolean;
  readonly fog?: boolean;
}

export function createAtlasMaterial(options: AtlasMaterialOptions): ShaderMaterial {
  const fog = options.fog ?? true;
  const material = new ShaderMaterial({
    uniforms: UniformsUtils.merge([UniformsLib.fog, { opacity: { value: 1 } }]),
    vertexShader,
    fragmentShader,
    defines: options.billboard ? { BILLBOARD: '' } : {},
    transparent: options.transparent ?? false,
    depthWrite: !(options.transparent ?? false),
    fog,
  });
  // Textures must not go through UniformsUtils.merge: it clones them.
  material.uniforms['map'] = { value: options.map };
  return material;
}

/** A per-instance uvRect attribute for `capacity` instances, every rect the whole texture. */
export function createUvRectAttribute(capacity: number): InstancedBufferAttribute {
  const rects = new Float32Array(capacity * 4);
  for (let i = 0; i < capacity; i += 1) rects.set([0, 0, 1, 1], i * 4);
  return new InstancedBufferAttribute(rects, 4);
}

export function setUvRect(attribute: InstancedBufferAttribute, index: number, rect: UvRect): void {
  attribute.setXYZW(index, rect.u, rect.v, rect.width, rect.height);
}
