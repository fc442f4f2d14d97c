/** Where the pointer is over the floor, written by Floor's events, read by the cursor ring. */
export class FloorHover {
  active = false;
  x = 0;
  y = 0;

  set(x: number, y: number): void {
    this.active = true;
    this.x = x;
    this.y = y;
  }

  clear(): void {
    this.active = false;
  }
}
