/**
 * Grid packing for the canvas texture atlases (stand branding, alley signs, name tags): equal
 * slots in rows, the largest slot of a ladder for which every entry fits. Pure, so the same
 * inputs always give the same rects and the tests can check them without a canvas.
 *
 * Pixel rects have their origin at the canvas' top-left; UV rects at the texture's bottom-left,
 * because three uploads canvas textures flipped (flipY).
 */

export interface AtlasPlan {
  readonly width: number;
  readonly height: number;
  readonly slotWidth: number;
  readonly slotHeight: number;
  readonly columns: number;
  readonly rows: number;
  /** Slots in the atlas; at least the count planned for unless even the smallest slot overflows. */
  readonly capacity: number;
}

export interface PixelRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface UvRect {
  readonly u: number;
  readonly v: number;
  readonly width: number;
  readonly height: number;
}

export interface AtlasOptions {
  /** Atlas width in pixels. */
  readonly width: number;
  readonly maxHeight: number;
  /** Slot widths to try, largest first. */
  readonly slotWidths: readonly number[];
  /** Slot width ÷ height. */
  readonly aspect: number;
}

/**
 * The plan with the largest slot that holds `count` entries. When even the smallest slot cannot,
 * the plan with the smallest slot is returned and its `capacity` says how many fit.
 */
export function planAtlas(count: number, options: AtlasOptions): AtlasPlan {
  const wanted = Math.max(1, Math.ceil(count));
  let plan: AtlasPlan | null = null;
  for (const slotWidth of options.slotWidths) {
    const slotHeight = Math.round(slotWidth / options.aspect);
    const columns = Math.max(1, Math.floor(options.width / slotWidth));
    const maxRows = Math.max(1, Math.floor(options.maxHeight / slotHeight));
    const rows = Math.min(maxRows, Math.ceil(wanted / columns));
    plan = {
      width: columns * slotWidth,
      height: rows * slotHeight,
      slotWidth,
      slotHeight,
      columns,
      rows,
      capacity: columns * rows,
    };
    if (plan.capacity >= wanted) return plan;
  }
  if (!plan) throw new RangeError('planAtlas needs at least one slot width');
  return plan;
}

export function slotRect(plan: AtlasPlan, index: number): PixelRect {
  if (index < 0 || index >= plan.capacity) throw new RangeError(`No atlas slot ${index}`);
  return {
    x: (index % plan.columns) * plan.slotWidth,
    y: Math.floor(index / plan.columns) * plan.slotHeight,
    width: plan.slotWidth,
    height: plan.slotHeight,
  };
}

export function insetRect(rect: PixelRect, pad: number): PixelRect {
  return {
    x: rect.x + pad,
    y: rect.y + pad,
    width: Math.max(0, rect.width - 2 * pad),
    height: Math.max(0, rect.height - 2 * pad),
  };
}

export function toUvRect(plan: Pick<AtlasPlan, 'width' | 'height'>, rect: PixelRect): UvRect {
  return {
    u: rect.x / plan.width,
    v: 1 - (rect.y + rect.height) / plan.height,
    width: rect.width / plan.width,
    height: rect.height / plan.height,
  };
}

/** A slot index per distinct key, in first-seen order, so a repeated key shares its slot. */
export function slotIndexByKey(keys: Iterable<string>): Map<string, number> {
  const indices = new Map<string, number>();
  for (const key of keys) if (!indices.has(key)) indices.set(key, indices.size);
  return indices;
}
