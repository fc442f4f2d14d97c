/**
 * Draws text into a box on a 2D canvas at the largest font size that fits, wrapping onto up to
 * `maxLines` lines at spaces and ending with an ellipsis when even the smallest size overflows.
 */
import type { PixelRect } from './atlasLayout.ts';

/** Line height as a multiple of the font size. */
const LINE = 1.15;

export const CANVAS_FONT = "'Inter', 'Segoe UI', 'DejaVu Sans', 'Liberation Sans', sans-serif";

export interface FittedTextOptions {
  readonly maxLines: number;
  readonly weight: number;
  readonly color: string;
  readonly align: 'left' | 'center';
  /** Largest font size as a share of the box height. */
  readonly maxSize?: number;
}

export function drawFittedText(
  context: CanvasRenderingContext2D,
  text: string,
  box: PixelRect,
  options: FittedTextOptions,
): void {
  const fitted = fit(context, text, box, options);
  const size = fitted.size;
  const lines = fitted.lines.map((line) => ellipsize(context, line, box.width));
  context.fillStyle = options.color;
  context.textBaseline = 'middle';
  context.textAlign = options.align;
  const lineHeight = size * LINE;
  const top = box.y + (box.height - lineHeight * lines.length) / 2 + lineHeight / 2;
  const x = options.align === 'center' ? box.x + box.width / 2 : box.x;
  lines.forEach((line, i) => context.fillText(line, x, top + i * lineHeight));
}

/** The largest font size (down to a floor) at which the wrapped text fits the box. */
function fit(
  context: CanvasRenderingContext2D,
  text: string,
  box: PixelRect,
  options: FittedTextOptions,
): { size: number; lines: string[] } {
  const smallest = Math.max(6, Math.floor(box.height * 0.18));
  let size = Math.max(smallest, Math.floor(box.height * (options.maxSize ?? 0.62)));
  for (;;) {
    const room = Math.max(1, Math.min(options.maxLines, Math.floor(box.height / (size * LINE))));
    context.font = `${options.weight} ${size}px ${CANVAS_FONT}`;
    const lines = wrap(context, text, box.width, room);
    const fits = lines.every((line) => context.measureText(line).width <= box.width);
    if (fits || size === smallest) return { size, lines };
    size = Math.max(smallest, size - Math.max(1, Math.floor(size / 12)));
  }
}

/** Greedy word wrap into at most `maxLines`; the last line takes whatever is left. */
function wrap(
  context: CanvasRenderingContext2D,
  text: string,
  width: number,
  maxLines: number,
): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (const [i, word] of words.entries()) {
    const candidate = current ? `${current} ${word}` : word;
    if (!current || context.measureText(candidate).width <= width) {
      current = candidate;
    } else if (lines.length + 1 < maxLines) {
      lines.push(current);
      current = word;
    } else {
      current = [current, ...words.slice(i)].join(' ');
      break;
    }
  }
  lines.push(current);
  return lines;
}

function ellipsize(context: CanvasRenderingContext2D, line: string, width: number): string {
  if (context.measureText(line).width <= width) return line;
  const letters = Array.from(line);
  while (letters.length > 1 && context.measureText(`${letters.join('')}…`).width > width) {
    letters.pop();
  }
  return `${letters.join('').trimEnd()}…`;
}
