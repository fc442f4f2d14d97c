/**
 * The alley signage's texts on one canvas atlas: a banner per topic (its name on the topic's
 * colour) and the forum screens' placeholder glyph. Small (a hall has a handful of topics), not
 * mipmapped beyond what the sign sizes need.
 */
import type { Locale, LocalizedText } from '@salon/shared';
import { planAtlas, type UvRect } from './atlasLayout.ts';
import { CanvasAtlas } from './CanvasAtlas.ts';
import { CANVAS_FONT, drawFittedText } from './drawFittedText.ts';
import { topicColor } from './topicColor.ts';

const ATLAS = { width: 1024, maxHeight: 2048, slotWidths: [512, 256, 128], aspect: 4 };
const FORUM_BACKGROUND = '#111827';
const FORUM_MARK = '#e11d48';

export interface SignAtlas {
  readonly atlas: CanvasAtlas;
  topic(code: string): UvRect;
  readonly forum: UvRect;
}

export function createSignAtlas(
  topicCodes: readonly string[],
  topics: ReadonlyMap<string, LocalizedText>,
  locale: Locale,
  forumLabel: string,
  anisotropy: number,
): SignAtlas {
  const codes = [...new Set(topicCodes)];
  const atlas = new CanvasAtlas(planAtlas(codes.length + 1, ATLAS), { mipmaps: true, anisotropy });
  const context = atlas.context;
  const rects = new Map<string, UvRect>();
  codes.forEach((code, index) => {
    const slot = atlas.slot(index);
    const content = atlas.content(index);
    context.fillStyle = topicColor(code);
    context.fillRect(slot.x, slot.y, slot.width, slot.height);
    context.strokeStyle = 'rgba(255, 255, 255, 0.85)';
    context.lineWidth = Math.max(2, content.height * 0.04);
    const inset = content.height * 0.08;
    context.strokeRect(
      content.x + inset,
      content.y + inset,
      content.width - 2 * inset,
      content.height - 2 * inset,
    );
    const text = {
      x: content.x + content.height * 0.25,
      y: content.y + inset * 2,
      width: content.width - content.height * 0.5,
      height: content.height - inset * 4,
    };
    const name = topics.get(code)?.[locale] ?? code;
    drawFittedText(context, name, text, {
      maxLines: 2,
      weight: 700,
      color: '#ffffff',
      align: 'center',
    });
    rects.set(code, atlas.uv(content));
  });
  const forum = drawForumGlyph(atlas, codes.length, forumLabel);
  atlas.texture.needsUpdate = true;
  const fallback = forum;
  return { atlas, topic: (code) => rects.get(code) ?? fallback, forum };
}

/** A "play" mark in a circle and the label: the screens' placeholder until video arrives. */
function drawForumGlyph(atlas: CanvasAtlas, index: number, label: string): UvRect {
  const context = atlas.context;
  const slot = atlas.slot(index);
  const content = atlas.content(index);
  context.fillStyle = FORUM_BACKGROUND;
  context.fillRect(slot.x, slot.y, slot.width, slot.height);
  const radius = content.height * 0.36;
  const cx = content.x + content.height * 0.5;
  const cy = content.y + content.height / 2;
  context.fillStyle = FORUM_MARK;
  context.beginPath();
  context.arc(cx, cy, radius, 0, Math.PI * 2);
  context.fill();
  context.fillStyle = '#ffffff';
  context.beginPath();
  context.moveTo(cx - radius * 0.35, cy - radius * 0.5);
  context.lineTo(cx + radius * 0.55, cy);
  context.lineTo(cx - radius * 0.35, cy + radius * 0.5);
  context.closePath();
  context.fill();
  context.font = `700 ${Math.round(content.height * 0.5)}px ${CANVAS_FONT}`;
  const text = {
    x: content.x + content.height,
    y: content.y,
    width: content.width - content.height * 1.15,
    height: content.height,
  };
  drawFittedText(context, label, text, {
    maxLines: 1,
    weight: 700,
    color: '#ffffff',
    align: 'left',
  });
  return atlas.uv(content);
}
