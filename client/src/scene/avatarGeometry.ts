/**
 * The avatar's shapes, low-poly for crowds of hundreds: a turned "pawn" body (coloured per
 * avatar through the instance colour), a head with two eyes on its +x side so that one can see
 * where an avatar looks (local +x is the heading, see floorToWorld.ts), and a soft blob shadow.
 * Feet are at y = 0.
 */
import {
  BufferAttribute,
  CanvasTexture,
  LatheGeometry,
  PlaneGeometry,
  SphereGeometry,
  Vector2,
  type BufferGeometry,
} from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';

export const AVATAR = {
  headCentre: 1.52,
  headRadius: 0.22,
  height: 1.74,
  shadowSize: 1.1,
} as const;

export function createBodyGeometry(): BufferGeometry {
  const profile = [
    [0, 0],
    [0.27, 0],
    [0.3, 0.08],
    [0.27, 0.55],
    [0.22, 1.05],
    [0.26, 1.18],
    [0.14, 1.3],
    [0, 1.31],
  ].map(([r = 0, y = 0]) => new Vector2(r, y));
  return new LatheGeometry(profile, 10);
}

export function createHeadGeometry(): BufferGeometry {
  const head = paint(new SphereGeometry(AVATAR.headRadius, 10, 8), [0.98, 0.94, 0.9]);
  const eyes = [-1, 1].map((side) =>
    paint(new SphereGeometry(0.035, 5, 3), [0.08, 0.09, 0.12]).translate(
      AVATAR.headRadius * 0.88,
      0.04,
      side * 0.075,
    ),
  );
  const merged = mergeGeometries([head, ...eyes]);
  [head, ...eyes].forEach((part) => part.dispose());
  return merged.translate(0, AVATAR.headCentre, 0);
}

export function createShadowGeometry(): BufferGeometry {
  return new PlaneGeometry(AVATAR.shadowSize, AVATAR.shadowSize).rotateX(-Math.PI / 2);
}

/** A radial falloff, dark in the middle, for the blob shadow's alpha. */
export function createShadowTexture(): CanvasTexture {
  const size = 64;
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('A 2D canvas context is not available');
  const gradient = context.createRadialGradient(
    size / 2,
    size / 2,
    0,
    size / 2,
    size / 2,
    size / 2,
  );
  gradient.addColorStop(0, 'rgba(20, 24, 32, 0.45)');
  gradient.addColorStop(0.6, 'rgba(20, 24, 32, 0.2)');
  gradient.addColorStop(1, 'rgba(20, 24, 32, 0)');
  context.fillStyle = gradient;
  context.fillRect(0, 0, size, size);
  return new CanvasTexture(canvas);
}

/** Gives every vertex the same colour (multiplied with the instance colour when drawn). */
function paint(geometry: BufferGeometry, rgb: readonly [number, number, number]): BufferGeometry {
  const count = geometry.getAttribute('position').count;
  const colors = new Float32Array(count * 3);
  for (let i = 0; i < count; i += 1) colors.set(rgb, i * 3);
  geometry.setAttribute('color', new BufferAttribute(colors, 3));
  return geometry;
}
