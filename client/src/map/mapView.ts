/**
 * The 2D map's projection and its pan/zoom, as pure functions. The map is an SVG whose user
 * units are metres with north up: floor (x, y) is map (x, depth − y). Panning and zooming
 * change the SVG viewBox; the SVG fits it into its box with preserveAspectRatio "xMidYMid
 * meet", so one map unit is `scale` pixels and the view is centred in the spare space.
 */
import type { HallFloor, Vec2 } from '@salon/shared';

export interface ViewBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface PixelBox {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** Closest zoom: about 12 m across. */
export const MIN_VIEW_METRES = 12;
const MARGIN_METRES = 2;

export function floorToMap(point: Vec2, floor: HallFloor): Vec2 {
  return { x: point.x, y: floor.depth - point.y };
}

export function mapToFloor(point: Vec2, floor: HallFloor): Vec2 {
  return { x: point.x, y: floor.depth - point.y };
}

/** The whole floor with a small margin. */
export function fullView(floor: HallFloor): ViewBox {
  return {
    x: -MARGIN_METRES,
    y: -MARGIN_METRES,
    width: floor.width + 2 * MARGIN_METRES,
    height: floor.depth + 2 * MARGIN_METRES,
  };
}

/** Pixels per map unit, and where the view's corner sits inside the box. */
function fit(view: ViewBox, box: PixelBox): { scale: number; offsetX: number; offsetY: number } {
  const scale = Math.min(box.width / view.width, box.height / view.height);
  return {
    scale,
    offsetX: (box.width - view.width * scale) / 2,
    offsetY: (box.height - view.height * scale) / 2,
  };
}

export function clientToMap(view: ViewBox, box: PixelBox, clientX: number, clientY: number): Vec2 {
  const { scale, offsetX, offsetY } = fit(view, box);
  return {
    x: view.x + (clientX - box.left - offsetX) / scale,
    y: view.y + (clientY - box.top - offsetY) / scale,
  };
}

/** Zooms by `factor` (> 1 is closer) keeping the map point `focus` where it is on screen. */
export function zoomAt(view: ViewBox, focus: Vec2, factor: number, floor: HallFloor): ViewBox {
  const widest = fullView(floor).width;
  const width = Math.min(widest, Math.max(MIN_VIEW_METRES, view.width / factor));
  const applied = view.width / width;
  const height = view.height / applied;
  return clampView(
    {
      x: focus.x - (focus.x - view.x) / applied,
      y: focus.y - (focus.y - view.y) / applied,
      width,
      height,
    },
    floor,
  );
}

/** Moves the view with a drag of (dx, dy) pixels: the map follows the pointer. */
export function panBy(view: ViewBox, dx: number, dy: number, box: PixelBox, floor: HallFloor) {
  const { scale } = fit(view, box);
  return clampView({ ...view, x: view.x - dx / scale, y: view.y - dy / scale }, floor);
}

/** Keeps the view's centre over the floor, so the hall cannot be dragged out of sight. */
export function clampView(view: ViewBox, floor: HallFloor): ViewBox {
  const centreX = Math.min(floor.width, Math.max(0, view.x + view.width / 2));
  const centreY = Math.min(floor.depth, Math.max(0, view.y + view.height / 2));
  return { ...view, x: centreX - view.width / 2, y: centreY - view.height / 2 };
}

export function viewBoxAttribute(view: ViewBox): string {
  return `${view.x} ${view.y} ${view.width} ${view.height}`;
}
