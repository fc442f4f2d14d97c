/**
 * Rendering choices that depend on the device. A software rasteriser (SwiftShader, llvmpipe:
 * machines without a GPU, and our headless tests) pays per pixel for anisotropic filtering, so
 * it gets plain trilinear filtering; a GPU gets up to 8× anisotropy, which keeps the floor and
 * far signs crisp at grazing angles.
 */
import { useThree } from '@react-three/fiber';
import { useMemo } from 'react';
import type { WebGLRenderer } from 'three';

const SOFTWARE = /swiftshader|llvmpipe|softpipe|software/i;

export interface RenderQuality {
  readonly software: boolean;
  /** For textures seen at grazing angles (floor, signs); 1 turns it off. */
  readonly anisotropy: number;
}

export function renderQuality(gl: WebGLRenderer): RenderQuality {
  const context = gl.getContext();
  const debug = context.getExtension('WEBGL_debug_renderer_info');
  const name = debug ? String(context.getParameter(debug.UNMASKED_RENDERER_WEBGL)) : '';
  const software = SOFTWARE.test(name);
  return { software, anisotropy: software ? 1 : Math.min(8, gl.capabilities.getMaxAnisotropy()) };
}

export function useRenderQuality(): RenderQuality {
  const gl = useThree((state) => state.gl);
  return useMemo(() => renderQuality(gl), [gl]);
}
