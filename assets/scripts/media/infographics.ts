/**
 * Renders a demo infographic as a 960x540 PNG with ffmpeg alone: a flat background, boxes for
 * tiles or bars, and drawtext labels in Russian with English beneath.
 */
import { infographicFile } from './catalogue.ts';
import { createTextDrawer, drawBox, estimatedWidth, fittingSize } from './drawText.ts';
import type { InfographicFacts } from './tables/infographics.ts';
import { BITEXACT, ffmpeg, type MediaJob } from './tools.ts';

const WIDTH = 960;
const HEIGHT = 540;
const LEFT = 48;
const TOP = 150;

type Draw = ReturnType<typeof createTextDrawer>;

function tiles(graphic: InfographicFacts, text: Draw): string[] {
  const gap = 24;
  const width = (WIDTH - 2 * LEFT - gap * (graphic.items.length - 1)) / graphic.items.length;
  return graphic.items.flatMap((item, index) => {
    const x = Math.round(LEFT + index * (width + gap));
    const centred = `${String(x)}+(${String(Math.round(width))}-text_w)/2`;
    return [
      drawBox(x, TOP + 40, Math.round(width), 240, `${graphic.colors[1]}@0.9`),
      text(item.shown[0], {
        x: centred,
        y: TOP + 90,
        size: fittingSize(item.shown[0], 48, width - 24, true),
        bold: true,
      }),
      text(item.label[0], {
        x: centred,
        y: TOP + 170,
        size: fittingSize(item.label[0], 20, width - 16),
      }),
      text(item.label[1], { x: centred, y: TOP + 205, size: 16, color: 'white@0.8' }),
    ];
  });
}

function bars(graphic: InfographicFacts, text: Draw): string[] {
  const longest = Math.max(...graphic.items.map((item) => item.value));
  const row = Math.min(64, (HEIGHT - TOP - 40) / graphic.items.length);
  const barLeft = 360;
  const barWidth = WIDTH - barLeft - LEFT;
  return graphic.items.flatMap((item, index) => {
    const y = Math.round(TOP + index * row);
    const length = Math.max(8, Math.round((item.value / longest) * barWidth));
    const shown = `${item.shown[0]} / ${item.shown[1]}`;
    const inside = estimatedWidth(shown, 17, true) + 24 <= length;
    return [
      text(item.label[0], { x: LEFT, y, size: 20 }),
      text(item.label[1], { x: LEFT, y: y + 26, size: 15, color: 'white@0.75' }),
      drawBox(barLeft, y, length, Math.round(row - 14), `${graphic.colors[1]}@0.95`),
      // On the bar when it fits there, else just after its end.
      text(shown, {
        x: inside ? barLeft + 12 : barLeft + length + 12,
        y: y + Math.round((row - 14) / 2) - 9,
        size: 17,
        bold: true,
        color: inside ? 'black@0.8' : 'white',
      }),
    ];
  });
}

export async function renderInfographic(
  graphic: InfographicFacts,
  index: number,
  output: string,
  workFolder: string,
): Promise<void> {
  const text = createTextDrawer(workFolder, `infographic-${String(index + 1)}`);
  const filters = [
    text(graphic.title[0], { x: LEFT, y: 44, size: 36, bold: true }),
    text(graphic.title[1], { x: LEFT, y: 94, size: 22, color: 'white@0.8' }),
    ...(graphic.layout === 'tiles' ? tiles(graphic, text) : bars(graphic, text)),
    text('ММСО 2027 · MIEF 2027', { x: LEFT, y: HEIGHT - 36, size: 14, color: 'white@0.6' }),
  ];
  await ffmpeg([
    ...['-f', 'lavfi', '-i', `color=c=${graphic.colors[0]}:s=${String(WIDTH)}x${String(HEIGHT)}`],
    ...['-vf', filters.join(','), '-frames:v', '1', ...BITEXACT, output],
  ]);
}

export function infographicJobs(
  graphics: readonly InfographicFacts[],
  workFolder: string,
): MediaJob[] {
  return graphics.map((graphic, index) => ({
    path: infographicFile(index),
    make: (output) => renderInfographic(graphic, index, output, workFolder),
  }));
}
