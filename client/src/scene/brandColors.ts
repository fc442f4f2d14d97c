/** Colour helpers for drawing on an exhibitor's brand colours. */
import { Color } from 'three';

const scratch = new Color();

/** Relative luminance (WCAG) of an sRGB hex colour. */
export function luminance(hex: string): number {
  scratch.set(hex);
  // Color.set converts sRGB to linear working space, which is what the formula wants.
  return 0.2126 * scratch.r + 0.7152 * scratch.g + 0.0722 * scratch.b;
}

/** Near-white or near-black, whichever reads better on the background. */
export function inkOn(background: string): string {
  return luminance(background) > 0.22 ? '#111827' : '#ffffff';
}

/** The colour mixed towards white by `amount` (0 keeps it, 1 is white), into `out`. */
export function tintTowardsWhite(hex: string, amount: number, out = new Color()): Color {
  return out.set(hex).lerp(scratch.set('#ffffff'), amount);
}
