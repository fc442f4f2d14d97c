/**
 * A pointer that moved more than DRAG_PIXELS between press and release was dragging (orbiting
 * the camera), not clicking; r3f gives that distance as `delta` on click events.
 */
export const DRAG_PIXELS = 6;

export function isDrag(event: { readonly delta: number }): boolean {
  return event.delta > DRAG_PIXELS;
}
