/** The pointer cursor over the 3D view: '' for the default, 'pointer' over something clickable. */
export function setCanvasCursor(canvas: HTMLElement, cursor: '' | 'pointer' | 'grabbing'): void {
  canvas.style.cursor = cursor;
}
