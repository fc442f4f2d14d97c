/**
 * Every exhibitor's branding on one canvas atlas: a 4:1 slot per exhibitor on its primary colour,
 * its logo at the left (the uploaded one once it has loaded; until then, or without one, its
 * initials in a rounded square of its accent colour), and its name beside it.
 * Stand boards show the whole slot, counters just the logo square, so one texture (and one draw
 * call per part) brands every stand. A hall with more exhibitors than the atlas can hold gives
 * the rest a plain board (the last slot is left blank for them).
 */
import type { Locale } from '@salon/shared';
import { planAtlas, type PixelRect, type UvRect } from './atlasLayout.ts';
import { inkOn } from './brandColors.ts';
import { paintLogos } from './brandLogos.ts';
import { CanvasAtlas } from './CanvasAtlas.ts';
import { CANVAS_FONT, drawFittedText } from './drawFittedText.ts';
import { UNKNOWN_EXHIBITOR, type ExhibitorLook } from './exhibitorLook.ts';
import { initials } from './initials.ts';

const NOWHERE: UvRect = { u: 0, v: 0, width: 0, height: 0 };
const ATLAS = { width: 2048, maxHeight: 2048, slotWidths: [512, 256, 128, 64], aspect: 4 };

export interface BrandAtlas {
  readonly atlas: CanvasAtlas;
  /** The whole board of an exhibitor (same exhibitor, same rect). */
  board(exhibitorId: string): UvRect;
  /** Just the logo square at the board's left. */
  logo(exhibitorId: string): UvRect;
  /** Settles once every uploaded logo has been painted (or failed to load). */
  readonly logosPainted: Promise<void>;
}

export function createBrandAtlas(
  exhibitorIds: Iterable<string>,
  looks: ReadonlyMap<string, ExhibitorLook>,
  locale: Locale,
  anisotropy: number,
): BrandAtlas {
  const ids = [...new Set(exhibitorIds)];
  const atlas = new CanvasAtlas(planAtlas(ids.length, ATLAS), { mipmaps: true, anisotropy });
  const overflow = ids.length > atlas.plan.capacity;
  const drawn = overflow ? atlas.plan.capacity - 1 : ids.length;
  const boards = new Map<string, UvRect>();
  const logos = new Map<string, UvRect>();
  const uploaded: { url: string; rect: PixelRect }[] = [];
  for (let index = 0; index < drawn; index += 1) {
    const id = ids[index] ?? '';
    const look = looks.get(id) ?? UNKNOWN_EXHIBITOR;
    const { board, logo } = drawBrand(atlas, index, look, look.name[locale]);
    boards.set(id, atlas.uv(board));
    logos.set(id, atlas.uv(logo));
    if (look.logoUrl) uploaded.push({ url: look.logoUrl, rect: logo });
  }
  // Only an overflowing hall has ids without a slot; they share the blank last slot.
  const blank = overflow ? drawBrand(atlas, drawn, UNKNOWN_EXHIBITOR, '') : null;
  const blankBoard = blank ? atlas.uv(blank.board) : NOWHERE;
  const blankLogo = blank ? atlas.uv(blank.logo) : NOWHERE;
  atlas.texture.needsUpdate = true;
  return {
    atlas,
    board: (id) => boards.get(id) ?? blankBoard,
    logo: (id) => logos.get(id) ?? blankLogo,
    logosPainted: paintLogos(atlas, uploaded),
  };
}

function drawBrand(
  atlas: CanvasAtlas,
  index: number,
  look: ExhibitorLook,
  name: string,
): { board: PixelRect; logo: PixelRect } {
  const context = atlas.context;
  const slot = atlas.slot(index);
  const board = atlas.content(index);
  context.fillStyle = look.colors.primary;
  context.fillRect(slot.x, slot.y, slot.width, slot.height);
  const logo: PixelRect = { x: board.x, y: board.y, width: board.height, height: board.height };
  const inset = Math.round(board.height * 0.1);
  context.fillStyle = look.colors.accent;
  context.beginPath();
  context.roundRect(
    logo.x + inset,
    logo.y + inset,
    logo.width - 2 * inset,
    logo.height - 2 * inset,
    board.height * 0.16,
  );
  context.fill();
  const mark = name.trim() ? initials(name) : '';
  const markSize = Math.round(board.height * (mark.length > 2 ? 0.32 : 0.42));
  context.font = `800 ${markSize}px ${CANVAS_FONT}`;
  context.fillStyle = inkOn(look.colors.accent);
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  context.fillText(mark, logo.x + logo.width / 2, logo.y + logo.height / 2 + markSize * 0.05);
  const gap = Math.round(board.height * 0.12);
  const text: PixelRect = {
    x: logo.x + logo.width + gap,
    y: board.y + inset,
    width: board.width - logo.width - 2 * gap,
    height: board.height - 2 * inset,
  };
  drawFittedText(context, name, text, {
    maxLines: 2,
    weight: 700,
    color: inkOn(look.colors.primary),
    align: 'left',
    maxSize: 0.5,
  });
  return { board, logo };
}
