/**
 * Draws one forum screen card (forumScreenLook.ts) into its 16:9 slot of the cards' atlas.
 * Idle: the stage's name, "Next · <when>" and the next event's title. Live: the stage's name and
 * the event's title, over a lower third (the bottom LOWER_THIRD of the slot) with the red "LIVE"
 * mark and the title again: the screen samples that band alone to lay it over the program video.
 * Text is drawn as text on a canvas, never parsed as markup.
 */
import type { PixelRect } from './atlasLayout.ts';
import { drawFittedText } from './drawFittedText.ts';
import type { ForumScreenLook } from './forumScreenLook.ts';
import { LOWER_THIRD } from './forumScreenPlacement.ts';

const BACKGROUND = '#111827';
const LIVE_RED = '#dc2626';
const BAND = '#0b1120';
const MUTED = '#9ca3af';

export function drawScreenCard(
  context: CanvasRenderingContext2D,
  slot: PixelRect,
  look: ForumScreenLook,
  labels: { readonly live: string; readonly nothingNext: string },
): void {
  const { x, y, width, height } = slot;
  context.fillStyle = BACKGROUND;
  context.fillRect(x, y, width, height);
  const pad = height * 0.06;
  const stageBox = { x: x + pad, y: y + pad, width: width - 2 * pad, height: height * 0.16 };
  drawFittedText(context, look.stage, stageBox, {
    maxLines: 1,
    weight: 700,
    color: look.kind === 'live' ? '#f9fafb' : '#fda4af',
    align: 'center',
  });
  if (look.kind === 'idle') {
    drawIdle(context, slot, pad, look, labels.nothingNext);
    return;
  }
  const titleBox = {
    x: x + pad,
    y: y + height * 0.27,
    width: width - 2 * pad,
    height: height * (1 - LOWER_THIRD) - height * 0.3,
  };
  drawFittedText(context, look.title, titleBox, {
    maxLines: 3,
    weight: 700,
    color: '#ffffff',
    align: 'center',
  });
  drawLowerThird(context, slot, look.title, labels.live);
}

function drawIdle(
  context: CanvasRenderingContext2D,
  slot: PixelRect,
  pad: number,
  look: Extract<ForumScreenLook, { kind: 'idle' }>,
  nothingNext: string,
): void {
  const { x, y, width, height } = slot;
  context.fillStyle = '#e11d48';
  context.fillRect(x + width * 0.35, y + height * 0.25, width * 0.3, Math.max(2, height * 0.012));
  if (!look.next) {
    const box = { x: x + pad, y: y + height * 0.4, width: width - 2 * pad, height: height * 0.3 };
    drawFittedText(context, nothingNext, box, {
      maxLines: 2,
      weight: 500,
      color: MUTED,
      align: 'center',
    });
    return;
  }
  const when = { x: x + pad, y: y + height * 0.32, width: width - 2 * pad, height: height * 0.14 };
  drawFittedText(context, look.next.when, when, {
    maxLines: 1,
    weight: 600,
    color: MUTED,
    align: 'center',
  });
  const title = { x: x + pad, y: y + height * 0.5, width: width - 2 * pad, height: height * 0.42 };
  drawFittedText(context, look.next.title, title, {
    maxLines: 3,
    weight: 700,
    color: '#f9fafb',
    align: 'center',
  });
}

/** The band at the slot's bottom: a red "● LIVE" mark and the title on one line. */
function drawLowerThird(
  context: CanvasRenderingContext2D,
  slot: PixelRect,
  title: string,
  live: string,
): void {
  const bandHeight = slot.height * LOWER_THIRD;
  const band = { ...slot, y: slot.y + slot.height - bandHeight, height: bandHeight };
  context.fillStyle = BAND;
  context.fillRect(band.x, band.y, band.width, band.height);
  const unit = band.height;
  const mark = { x: band.x + unit * 0.2, y: band.y + unit * 0.18, width: unit * 2.4 }; // pill
  context.fillStyle = LIVE_RED;
  context.beginPath();
  context.roundRect(mark.x, mark.y, mark.width, unit * 0.64, unit * 0.14);
  context.fill();
  context.fillStyle = '#ffffff';
  context.beginPath();
  context.arc(mark.x + unit * 0.34, mark.y + unit * 0.32, unit * 0.1, 0, Math.PI * 2);
  context.fill();
  drawFittedText(
    context,
    live,
    {
      x: mark.x + unit * 0.55,
      y: mark.y + unit * 0.06,
      width: mark.width - unit * 0.7,
      height: unit * 0.52,
    },
    { maxLines: 1, weight: 800, color: '#ffffff', align: 'center' },
  );
  const textX = mark.x + mark.width + unit * 0.25;
  drawFittedText(
    context,
    title,
    {
      x: textX,
      y: band.y + unit * 0.15,
      width: band.x + band.width - textX - unit * 0.2,
      height: unit * 0.7,
    },
    { maxLines: 1, weight: 600, color: '#f9fafb', align: 'left' },
  );
}
