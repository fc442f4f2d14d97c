/**
 * Pan and zoom for the SVG map: wheel zooms at the cursor, a drag pans, and the returned
 * functions back the zoom buttons. The view lives in a ref and is written to the SVG's viewBox
 * directly: dragging is per-frame work and never re-renders React. A press that does not move
 * is a click, handed to `onClick` with the event's target and the map point under it.
 */
import type { HallFloor, Vec2 } from '@salon/shared';
import { useEffect, useRef, type RefObject } from 'react';
import { clientToMap, fullView, panBy, viewBoxAttribute, zoomAt, type ViewBox } from './mapView.ts';

const DRAG_THRESHOLD_PX = 5;
const BUTTON_ZOOM = 1.6;

export function useMapPanZoom(
  svg: RefObject<SVGSVGElement | null>,
  floor: HallFloor,
  onClick: (target: Element, point: Vec2) => void,
) {
  const view = useRef<ViewBox>(fullView(floor));
  const latestClick = useRef(onClick);
  useEffect(() => {
    latestClick.current = onClick;
  });

  useEffect(() => {
    const element = svg.current;
    if (!element) return;
    const apply = (next: ViewBox) => applyView(element, view, next);
    apply(fullView(floor));
    let press: { x: number; y: number; id: number; dragging: boolean } | null = null;

    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const focus = clientToMap(
        view.current,
        element.getBoundingClientRect(),
        event.clientX,
        event.clientY,
      );
      apply(zoomAt(view.current, focus, Math.exp(-event.deltaY * 0.002), floor));
    };
    const onDown = (event: PointerEvent) => {
      if (event.button !== 0) return;
      press = { x: event.clientX, y: event.clientY, id: event.pointerId, dragging: false };
    };
    const onMove = (event: PointerEvent) => {
      if (!press || event.pointerId !== press.id) return;
      const dx = event.clientX - press.x;
      const dy = event.clientY - press.y;
      if (!press.dragging && Math.hypot(dx, dy) < DRAG_THRESHOLD_PX) return;
      if (!press.dragging) element.setPointerCapture(event.pointerId);
      press = { ...press, x: event.clientX, y: event.clientY, dragging: true };
      apply(panBy(view.current, dx, dy, element.getBoundingClientRect(), floor));
    };
    const onUp = (event: PointerEvent) => {
      if (!press || event.pointerId !== press.id) return;
      const wasDrag = press.dragging;
      press = null;
      if (wasDrag || !(event.target instanceof Element)) return;
      const point = clientToMap(
        view.current,
        element.getBoundingClientRect(),
        event.clientX,
        event.clientY,
      );
      latestClick.current(event.target, point);
    };
    const onCancel = () => {
      press = null;
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    element.addEventListener('pointerdown', onDown);
    element.addEventListener('pointermove', onMove);
    element.addEventListener('pointerup', onUp);
    element.addEventListener('pointercancel', onCancel);
    return () => {
      element.removeEventListener('wheel', onWheel);
      element.removeEventListener('pointerdown', onDown);
      element.removeEventListener('pointermove', onMove);
      element.removeEventListener('pointerup', onUp);
      element.removeEventListener('pointercancel', onCancel);
    };
  }, [svg, floor]);

  const zoomBy = (factor: number) => {
    const current = view.current;
    const centre = { x: current.x + current.width / 2, y: current.y + current.height / 2 };
    applyView(svg.current, view, zoomAt(current, centre, factor, floor));
  };
  return {
    zoomIn: () => zoomBy(BUTTON_ZOOM),
    zoomOut: () => zoomBy(1 / BUTTON_ZOOM),
    reset: () => applyView(svg.current, view, fullView(floor)),
  };
}

function applyView(element: SVGSVGElement | null, view: RefObject<ViewBox>, next: ViewBox): void {
  view.current = next;
  element?.setAttribute('viewBox', viewBoxAttribute(next));
}
