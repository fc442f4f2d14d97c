/**
 * Builds ffmpeg drawtext and drawbox filters. Texts go through files (`textfile=`) so that
 * commas, colons and quotes in Russian and English sentences need no filter-graph escaping.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FONTS } from './tools.ts';

export interface TextStyle {
  /** Pixels, or an ffmpeg expression such as `(w-text_w)/2`. */
  readonly x: number | string;
  readonly y: number | string;
  readonly size: number;
  readonly color?: string;
  readonly bold?: boolean;
  readonly box?: string;
  /** Shown from the first second until just before the second; always when left out. */
  readonly between?: readonly [number, number];
}

/**
 * Writes each text to its own file in `folder`, named after `name` (the picture being drawn),
 * and returns drawtext filters that show them.
 */
export function createTextDrawer(
  folder: string,
  name: string,
): (text: string, style: TextStyle) => string {
  let count = 0;
  return (text, style) => {
    count += 1;
    const file = join(folder, `${name}-text-${String(count)}.txt`);
    writeFileSync(file, text);
    const options = [
      `fontfile=${style.bold ? FONTS.bold : FONTS.regular}`,
      `textfile=${file}`,
      'expansion=none',
      `fontsize=${String(style.size)}`,
      `fontcolor=${style.color ?? 'white'}`,
      `x=${String(style.x)}`,
      `y=${String(style.y)}`,
    ];
    if (style.box) options.push('box=1', `boxcolor=${style.box}`, 'boxborderw=8');
    if (style.between) {
      const [from, to] = style.between;
      options.push(`enable='gte(t,${String(from)})*lt(t,${String(to)})'`);
    }
    return `drawtext=${options.join(':')}`;
  };
}

export function drawBox(
  x: number,
  y: number,
  width: number | string,
  height: number,
  color: string,
): string {
  return `drawbox=x=${String(x)}:y=${String(y)}:w=${String(width)}:h=${String(height)}:color=${color}:t=fill`;
}

/** A rough width of a line in DejaVu Sans, for fitting text without measuring it. */
export function estimatedWidth(text: string, size: number, bold = false): number {
  return text.length * size * (bold ? 0.66 : 0.58);
}

/** The largest font size up to `size` at which `text` should fit into `width` pixels. */
export function fittingSize(text: string, size: number, width: number, bold = false): number {
  const natural = estimatedWidth(text, size, bold);
  return natural <= width ? size : Math.floor((size * width) / natural);
}
