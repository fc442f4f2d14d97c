/**
 * Two fingers on a touch screen: tracks the pointers that are down and turns the change of the
 * distance between two of them into a zoom factor (fingers apart: closer, so a factor below 1,
 * the way the wheel's zoom multiplies the camera distance). Pure, so it is tested without a DOM.
 */
interface Point {
  x: number;
  y: number;
}

export class Pinch {
  private readonly points = new Map<number, Point>();
  private spread = 0;

  /** Two or more pointers are down: the gesture is a pinch, not a drag. */
  get active(): boolean {
    return this.points.size >= 2;
  }

  down(id: number, x: number, y: number): void {
    this.points.set(id, { x, y });
    this.spread = this.measure();
  }

  /** The zoom factor this move makes, or 1 when it is no pinch. */
  move(id: number, x: number, y: number): number {
    const point = this.points.get(id);
    if (!point) return 1;
    point.x = x;
    point.y = y;
    if (!this.active) return 1;
    const before = this.spread;
    this.spread = this.measure();
    return before > 0 && this.spread > 0 ? before / this.spread : 1;
  }

  up(id: number): void {
    this.points.delete(id);
    this.spread = this.measure();
  }

  private measure(): number {
    const [a, b] = this.points.values();
    return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
  }
}
