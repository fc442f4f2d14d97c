/**
 * The visitor's hands on the camera: drag (any button) to orbit, wheel or two-finger pinch to
 * zoom, Z/C to turn (Q/E would be the usual pair, but E enters a stand).
 * A press that moves less than DRAG_PIXELS stays a click (to walk or enter a stand). Writes
 * into plain fields that the camera reads each frame; nothing here touches React.
 */
import { setCanvasCursor } from './canvasCursor.ts';
import { Pinch } from './Pinch.ts';
import { DRAG_PIXELS } from './pointerDrag.ts';

const YAW_PER_PIXEL = 0.006;
const PITCH_PER_PIXEL = 0.004;
const ZOOM_PER_WHEEL_UNIT = 0.0012;
/** Physical keys (event.code), so they work on a Russian layout too. */
const TURN_LEFT = 'KeyZ';
const TURN_RIGHT = 'KeyC';

export class CameraInput {
  /** Orbit changes since the camera last read them. */
  yaw = 0;
  pitch = 0;
  zoom = 1;
  /** −1, 0 or 1 while Z (left) or C (right) is held. */
  turn = 0;
  dragging = false;
  /** performance.now() of the last orbit input, to hold off the automatic follow. */
  lastInput = -Infinity;
  private press: { id: number; x: number; y: number } | null = null;
  private readonly pinch = new Pinch();
  private readonly held = new Set<string>();
  private readonly element: HTMLElement;

  constructor(element: HTMLElement) {
    this.element = element;
  }

  /** Starts listening; `detach` stops. Separate from construction so StrictMode can re-attach. */
  attach(): void {
    const element = this.element;
    element.addEventListener('pointerdown', this.onDown);
    element.addEventListener('wheel', this.onWheel, { passive: false });
    element.addEventListener('contextmenu', this.onContextMenu);
    window.addEventListener('pointermove', this.onMove);
    window.addEventListener('pointerup', this.onUp);
    window.addEventListener('pointercancel', this.onUp);
    window.addEventListener('keydown', this.onKey);
    window.addEventListener('keyup', this.onKey);
    window.addEventListener('blur', this.onBlur);
  }

  detach(): void {
    this.held.clear();
    this.turn = 0;
    this.press = null;
    this.dragging = false;
    this.element.removeEventListener('pointerdown', this.onDown);
    this.element.removeEventListener('wheel', this.onWheel);
    this.element.removeEventListener('contextmenu', this.onContextMenu);
    window.removeEventListener('pointermove', this.onMove);
    window.removeEventListener('pointerup', this.onUp);
    window.removeEventListener('pointercancel', this.onUp);
    window.removeEventListener('keydown', this.onKey);
    window.removeEventListener('keyup', this.onKey);
    window.removeEventListener('blur', this.onBlur);
  }

  private readonly onDown = (event: PointerEvent) => {
    this.pinch.down(event.pointerId, event.clientX, event.clientY);
    // A second finger turns the gesture into a pinch: it is neither a click nor an orbit.
    if (this.pinch.active) this.dragging = true;
    if (this.press) return;
    this.press = { id: event.pointerId, x: event.clientX, y: event.clientY };
  };

  private readonly onMove = (event: PointerEvent) => {
    const zoom = this.pinch.move(event.pointerId, event.clientX, event.clientY);
    if (this.pinch.active) {
      this.zoom *= zoom;
      this.lastInput = performance.now();
      return;
    }
    const press = this.press;
    if (!press || press.id !== event.pointerId) return;
    const dx = event.clientX - press.x;
    const dy = event.clientY - press.y;
    if (!this.dragging && Math.hypot(dx, dy) <= DRAG_PIXELS) return;
    this.dragging = true;
    setCanvasCursor(this.element, 'grabbing');
    this.yaw -= dx * YAW_PER_PIXEL;
    this.pitch += dy * PITCH_PER_PIXEL;
    press.x = event.clientX;
    press.y = event.clientY;
    this.lastInput = performance.now();
  };

  private readonly onUp = (event: PointerEvent) => {
    this.pinch.up(event.pointerId);
    if (this.press?.id !== event.pointerId) return;
    this.press = null;
    if (this.dragging) setCanvasCursor(this.element, '');
    this.dragging = false;
  };

  private readonly onWheel = (event: WheelEvent) => {
    event.preventDefault();
    this.zoom *= Math.exp(event.deltaY * ZOOM_PER_WHEEL_UNIT);
    this.lastInput = performance.now();
  };

  private readonly onContextMenu = (event: Event) => event.preventDefault();

  private readonly onKey = (event: KeyboardEvent) => {
    if (event.code !== TURN_LEFT && event.code !== TURN_RIGHT) return;
    const modified = event.ctrlKey || event.altKey || event.metaKey;
    if (event.type === 'keydown' && (modified || isTyping(event.target))) return;
    if (event.type === 'keydown') this.held.add(event.code);
    else this.held.delete(event.code);
    this.turn = (this.held.has(TURN_RIGHT) ? 1 : 0) - (this.held.has(TURN_LEFT) ? 1 : 0);
    this.lastInput = performance.now();
  };

  private readonly onBlur = () => {
    this.held.clear();
    this.turn = 0;
  };
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}
