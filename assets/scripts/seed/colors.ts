/**
 * Stand colours. The primary colour carries white text (logo plate, headings), so it must reach
 * the WCAG AA contrast ratio of 4.5 against white; the accent is a lighter, different hue.
 */
import type { Random } from './random.ts';

const MIN_CONTRAST_WITH_WHITE = 4.5;

function hslToRgb(hue: number, saturation: number, lightness: number): [number, number, number] {
  const chroma = (1 - Math.abs(2 * lightness - 1)) * saturation;
  const sector = hue / 60;
  const second = chroma * (1 - Math.abs((sector % 2) - 1));
  const [r, g, b] =
    sector < 1
      ? [chroma, second, 0]
      : sector < 2
        ? [second, chroma, 0]
        : sector < 3
          ? [0, chroma, second]
          : sector < 4
            ? [0, second, chroma]
            : sector < 5
              ? [second, 0, chroma]
              : [chroma, 0, second];
  const offset = lightness - chroma / 2;
  return [r, g, b].map((channel) => Math.round((channel + offset) * 255)) as [
    number,
    number,
    number,
  ];
}

function toHex(rgb: readonly number[]): string {
  return `#${rgb.map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
}

/** Relative luminance after WCAG 2.x. */
export function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

export function contrastWithWhite(hex: string): number {
  return 1.05 / (luminance(hex) + 0.05);
}

export function pickStandColors(random: Random): { primary: string; accent: string } {
  for (;;) {
    const hue = random.int(0, 359);
    const primary = toHex(hslToRgb(hue, random.int(45, 80) / 100, random.int(22, 38) / 100));
    if (contrastWithWhite(primary) < MIN_CONTRAST_WITH_WHITE) continue;
    const accentHue = (hue + random.int(120, 240)) % 360;
    const accent = toHex(hslToRgb(accentHue, random.int(65, 90) / 100, random.int(52, 64) / 100));
    return { primary, accent };
  }
}
