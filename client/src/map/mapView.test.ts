import { describe, expect, it } from 'vitest';
import {
  MIN_VIEW_METRES,
  clampView,
  clientToMap,
  floorToMap,
  fullView,
  mapToFloor,
  panBy,
  zoomAt,
  type ViewBox,
} from './mapView.ts';

const FLOOR = { width: 160, depth: 80 };

describe('floorToMap and mapToFloor', () => {
  it('puts north up: the floor origin is the bottom-left of the map', () => {
    expect(floorToMap({ x: 0, y: 0 }, FLOOR)).toEqual({ x: 0, y: 80 });
    expect(floorToMap({ x: 10, y: 80 }, FLOOR)).toEqual({ x: 10, y: 0 });
  });

  it('round-trips', () => {
    expect(mapToFloor(floorToMap({ x: 12.5, y: 33 }, FLOOR), FLOOR)).toEqual({ x: 12.5, y: 33 });
  });
});

describe('clientToMap', () => {
  const view: ViewBox = { x: 0, y: 0, width: 160, height: 80 };

  it('maps the box corners to the view corners when the shapes match', () => {
    const box = { left: 100, top: 50, width: 320, height: 160 };
    expect(clientToMap(view, box, 100, 50)).toEqual({ x: 0, y: 0 });
    expect(clientToMap(view, box, 420, 210)).toEqual({ x: 160, y: 80 });
  });

  it('accounts for the letterbox of a taller box', () => {
    // 320×320 box: the 2:1 view is 320×160, centred with 80 px above and below.
    const box = { left: 0, top: 0, width: 320, height: 320 };
    expect(clientToMap(view, box, 0, 80)).toEqual({ x: 0, y: 0 });
    expect(clientToMap(view, box, 160, 160)).toEqual({ x: 80, y: 40 });
  });
});

describe('zoomAt', () => {
  it('keeps the point under the cursor in place', () => {
    const view = fullView(FLOOR);
    const focus = { x: 40, y: 20 };
    const zoomed = zoomAt(view, focus, 2, FLOOR);
    expect(zoomed.width).toBeCloseTo(view.width / 2);
    // The focus sits at the same fraction of the view before and after.
    expect((focus.x - zoomed.x) / zoomed.width).toBeCloseTo((focus.x - view.x) / view.width);
    expect((focus.y - zoomed.y) / zoomed.height).toBeCloseTo((focus.y - view.y) / view.height);
  });

  it('stops at the closest and the widest zoom', () => {
    const close = zoomAt(fullView(FLOOR), { x: 80, y: 40 }, 1000, FLOOR);
    expect(close.width).toBe(MIN_VIEW_METRES);
    const wide = zoomAt(fullView(FLOOR), { x: 80, y: 40 }, 0.001, FLOOR);
    expect(wide.width).toBe(fullView(FLOOR).width);
  });
});

describe('panBy', () => {
  it('moves the map with the pointer, in map units at the current scale', () => {
    const view: ViewBox = { x: 40, y: 20, width: 40, height: 20 };
    const box = { left: 0, top: 0, width: 400, height: 200 };
    // 10 px per metre: dragging 100 px right shows what was 10 m to the left.
    expect(panBy(view, 100, 0, box, FLOOR)).toEqual({ ...view, x: 30 });
  });
});

describe('clampView', () => {
  it('keeps the centre of the view over the floor', () => {
    const far = clampView({ x: 1000, y: -1000, width: 20, height: 10 }, FLOOR);
    expect(far.x + far.width / 2).toBe(160);
    expect(far.y + far.height / 2).toBe(0);
  });
});
