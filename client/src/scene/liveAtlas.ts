/**
 * The live webinar's marks for the stand screen, on one small canvas texture: the "LIVE" badge
 * that the screen overlay's shader draws in its corner (ScreenOverlay.ts), and the card it shows
 * while the host's camera is off. Redrawn in place when the language changes, so the overlay
 * keeps the same texture. The badge is drawn premultiplied: the shader blends it over the video.
 */
import { CanvasTexture, LinearFilter, LinearMipmapLinearFilter, SRGBColorSpace } from 'three';
import { toUvRect, type PixelRect, type UvRect } from './atlasLayout.ts';
import { drawFittedText } from './drawFittedText.ts';

export interface LiveLabels {
  /** On the badge: "LIVE". */
  readonly live: string;
  /** On the card while the host's camera is off. */
  readonly offCamera: string;
}

const SIZE = { width: 512, height: 384 };
/** 16:9, the screen's own shape, so the card fills it. */
const CARD: PixelRect = { x: 0, y: 0, width: 512, height: 288 };
const BADGE: PixelRect = { x: 8, y: 304, width: 208, height: 64 };
const RED = '#dc2626';
const CARD_BACKGROUND = '#111827';

export const LIVE_BADGE_ASPECT = BADGE.width / BADGE.height;
export const LIVE_CARD_ASPECT = CARD.width / CARD.height;

export class LiveAtlas {
  readonly texture: CanvasTexture;
  /** Where the badge and the card are in the texture. */
  readonly badge: UvRect = toUvRect(SIZE, BADGE);
  readonly card: UvRect = toUvRect(SIZE, CARD);
  private readonly context: CanvasRenderingContext2D;
  private drawn: LiveLabels | null = null;

  constructor() {
    const canvas = document.createElement('canvas');
    canvas.width = SIZE.width;
    canvas.height = SIZE.height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('A 2D canvas context is not available');
    this.context = context;
    this.texture = new CanvasTexture(canvas);
    this.texture.colorSpace = SRGBColorSpace;
    this.texture.premultiplyAlpha = true;
    this.texture.minFilter = LinearMipmapLinearFilter;
    this.texture.magFilter = LinearFilter;
  }

  /** Draws the texts of `labels`; nothing to do when they are the ones already drawn. */
  draw(labels: LiveLabels): void {
    if (this.drawn?.live === labels.live && this.drawn.offCamera === labels.offCamera) return;
    this.drawn = labels;
    const context = this.context;
    context.clearRect(0, 0, SIZE.width, SIZE.height);
    drawCard(context, labels.offCamera);
    drawBadge(context, labels.live);
    this.texture.needsUpdate = true;
  }

  /** Frees the GPU copy; the canvas stays, so the atlas can be shown again (StrictMode). */
  dispose(): void {
    this.texture.dispose();
  }
}

function drawBadge(context: CanvasRenderingContext2D, label: string): void {
  const { x, y, width, height } = BADGE;
  const radius = height * 0.22;
  context.fillStyle = RED;
  context.beginPath();
  context.roundRect(x, y, width, height, radius);
  context.fill();
  const dot = height * 0.16;
  context.fillStyle = '#ffffff';
  context.beginPath();
  context.arc(x + height * 0.45, y + height / 2, dot, 0, Math.PI * 2);
  context.fill();
  const text = {
    x: x + height * 0.8,
    y: y + height * 0.1,
    width: width - height,
    height: height * 0.8,
  };
  drawFittedText(context, label, text, {
    maxLines: 1,
    weight: 800,
    color: '#ffffff',
    align: 'center',
  });
}

/** A dark card with a struck-through camera and the words. */
function drawCard(context: CanvasRenderingContext2D, label: string): void {
  const { x, y, width, height } = CARD;
  context.fillStyle = CARD_BACKGROUND;
  context.fillRect(x, y, width, height);
  const cx = x + width / 2;
  const cy = y + height * 0.4;
  const unit = height * 0.09;
  context.strokeStyle = '#e5e7eb';
  context.fillStyle = '#e5e7eb';
  context.lineWidth = unit * 0.35;
  context.lineJoin = 'round';
  context.beginPath();
  context.roundRect(cx - unit * 2, cy - unit * 1.2, unit * 2.8, unit * 2.4, unit * 0.4);
  context.stroke();
  context.beginPath();
  context.moveTo(cx + unit * 0.9, cy - unit * 0.3);
  context.lineTo(cx + unit * 2, cy - unit);
  context.lineTo(cx + unit * 2, cy + unit);
  context.lineTo(cx + unit * 0.9, cy + unit * 0.3);
  context.closePath();
  context.fill();
  context.strokeStyle = RED;
  context.beginPath();
  context.moveTo(cx - unit * 2.4, cy + unit * 1.7);
  context.lineTo(cx + unit * 2.4, cy - unit * 1.7);
  context.stroke();
  const text = {
    x: x + width * 0.08,
    y: y + height * 0.6,
    width: width * 0.84,
    height: height * 0.34,
  };
  drawFittedText(context, label, text, {
    maxLines: 2,
    weight: 600,
    color: '#f9fafb',
    align: 'center',
  });
}
