/**
 * The hall floor's tile texture, drawn on a canvas: a light polished floor with faint 1 m lines
 * and stronger 4 m seams. One tile covers TILE_METRES; the floor repeats it.
 */
import type { HallFloor } from '@salon/shared';
import { CanvasTexture, RepeatWrapping, SRGBColorSpace } from 'three';

export const TILE_METRES = 4;
const SIZE = 256;

/** The tile texture, repeated to cover a floor of the given size. */
export function createGridTexture(floor: HallFloor, anisotropy: number): CanvasTexture {
  const canvas = document.createElement('canvas');
  canvas.width = SIZE;
  canvas.height = SIZE;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('A 2D canvas context is not available');
  context.fillStyle = '#e4e1da';
  context.fillRect(0, 0, SIZE, SIZE);
  const step = SIZE / TILE_METRES;
  context.fillStyle = '#d9d5cc';
  for (let i = 1; i < TILE_METRES; i += 1) {
    context.fillRect(i * step, 0, 1, SIZE);
    context.fillRect(0, i * step, SIZE, 1);
  }
  context.fillStyle = '#c9c4b9';
  context.fillRect(0, 0, 2, SIZE);
  context.fillRect(0, 0, SIZE, 2);
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  texture.wrapS = RepeatWrapping;
  texture.wrapT = RepeatWrapping;
  texture.repeat.set(floor.width / TILE_METRES, floor.depth / TILE_METRES);
  texture.anisotropy = anisotropy;
  return texture;
}
