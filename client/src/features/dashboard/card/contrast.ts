/**
 * WCAG 2 contrast between two sRGB colours, to warn an exhibitor whose brand colours would make
 * the stand's name hard to read. Pure arithmetic: the hall's three.js helpers are not loaded on
 * the dashboard.
 */
export const TEXT_CONTRAST_MIN = 4.5;

const DARK_INK = '#111827';
const LIGHT_INK = '#ffffff';

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of `#rrggbb`; anything else counts as black. */
export function relativeLuminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) return 0;
  const [r, g, b] = match.slice(1).map((part) => channel(parseInt(part, 16)));
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/** From 1 (no contrast) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

/** White or near-black, whichever reads better on the background, and how well it reads. */
export function readableInk(background: string): { ink: string; ratio: number } {
  const light = contrastRatio(LIGHT_INK, background);
  const dark = contrastRatio(DARK_INK, background);
  return light >= dark ? { ink: LIGHT_INK, ratio: light } : { ink: DARK_INK, ratio: dark };
}
