/**
 * Sends the joystick's direction only when it changes, and at most one message every
 * `intervalMs` (the latest wins), so a wobbling thumb stays well inside the server's budget.
 */
import type { Vec2 } from '@salon/shared';
import { sameDirection } from './keyboardIntent.ts';

const STILL: Vec2 = { x: 0, y: 0 };

export class JoystickSender {
  readonly #intervalMs: number;
  #sent: Vec2 = STILL;
  #sentAt = -Infinity;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(intervalMs: number) {
    this.#intervalMs = intervalMs;
  }

  aim(direction: Vec2, move: (direction: Vec2) => void): void {
    clearTimeout(this.#timer);
    if (sameDirection(direction, this.#sent)) return;
    const wait = this.#sentAt + this.#intervalMs - performance.now();
    if (wait > 0) {
      this.#timer = setTimeout(() => this.aim(direction, move), wait);
      return;
    }
    this.#sent = direction;
    this.#sentAt = performance.now();
    move(direction);
  }

  /** The thumb let go: stop at once. */
  release(move: (direction: Vec2) => void): void {
    clearTimeout(this.#timer);
    this.#sent = STILL;
    this.#sentAt = performance.now();
    move(STILL);
  }
}
