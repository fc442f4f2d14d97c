/**
 * A 2D canvas laid out as an atlas (see atlasLayout.ts) and the three.js texture that shows it.
 * Owners draw into slots with `context`, then set `texture.needsUpdate`; `dispose` frees the GPU
 * copy. Mipmapped atlases get slot padding so that neighbours bleed in only at tiny sizes.
 */
import { CanvasTexture, LinearFilter, LinearMipmapLinearFilter, SRGBColorSpace } from 'three';
import {
  insetRect,
  slotRect,
  toUvRect,
  type AtlasPlan,
  type PixelRect,
  type UvRect,
} from './atlasLayout.ts';

export class CanvasAtlas {
  readonly plan: AtlasPlan;
  readonly context: CanvasRenderingContext2D;
  readonly texture: CanvasTexture;
  /** Pixels kept free around each slot's content. */
  readonly padding: number;

  constructor(
    plan: AtlasPlan,
    options: { mipmaps: boolean; padding?: number; anisotropy?: number },
  ) {
    this.plan = plan;
    this.padding = options.padding ?? (options.mipmaps ? 4 : 1);
    const canvas = document.createElement('canvas');
    canvas.width = plan.width;
    canvas.height = plan.height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('A 2D canvas context is not available');
    this.context = context;
    this.texture = new CanvasTexture(canvas);
    this.texture.colorSpace = SRGBColorSpace;
    this.texture.generateMipmaps = options.mipmaps;
    this.texture.minFilter = options.mipmaps ? LinearMipmapLinearFilter : LinearFilter;
    this.texture.magFilter = LinearFilter;
    this.texture.anisotropy = options.anisotropy ?? 1;
  }

  /** The whole slot, padding included: fill it so that mipmaps bleed the slot's own colour. */
  slot(index: number): PixelRect {
    return slotRect(this.plan, index);
  }

  /** The drawable inside of a slot. */
  content(index: number): PixelRect {
    return insetRect(slotRect(this.plan, index), this.padding);
  }

  uv(rect: PixelRect): UvRect {
    return toUvRect(this.plan, rect);
  }

  /** Frees the GPU copy; the canvas stays, so the atlas can be shown again (StrictMode). */
  dispose(): void {
    this.texture.dispose();
  }
}
