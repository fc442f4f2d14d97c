/**
 * Text colour on an exhibitor's brand colour: white or the page's ink, whichever contrasts more
 * (WCAG relative luminance). Exhibitors pick any colour; the name on it must stay readable.
 */
const INK = '#10213a';
const WHITE = '#ffffff';

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  return (
    0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255)
  );
}

function contrast(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

export function brandInk(background: string): string {
  const bg = relativeLuminance(background);
  return contrast(bg, relativeLuminance(WHITE)) >= contrast(bg, relativeLuminance(INK))
    ? WHITE
    : INK;
}
