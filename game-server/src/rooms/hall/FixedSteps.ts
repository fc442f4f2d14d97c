/**
 * Turns the room's measured frame times into whole simulation steps of a fixed length, so that
 * avatars walk at their speed in real time even when a frame comes late (a busy machine), while
 * every step stays the same fixed step the client predicts with. A frame a few milliseconds early
 * still counts as a step (timers jitter; the debt is paid back by the next frames); after a long
 * stall only MAX_CATCH_UP steps run and the rest is dropped, so nobody jumps far.
 */

/** A frame this much shorter than a step still runs one. */
export const JITTER_MS = 10;
const MAX_CATCH_UP = 4;

export class FixedSteps {
  readonly #stepMs: number;
  #backlogMs = 0;

  constructor(stepMs: number) {
    this.#stepMs = stepMs;
  }

  /** How many fixed steps a frame of `elapsedMs` covers. */
  take(elapsedMs: number): number {
    this.#backlogMs += Math.max(0, elapsedMs);
    let steps = 0;
    while (this.#backlogMs >= this.#stepMs - JITTER_MS && steps < MAX_CATCH_UP) {
      this.#backlogMs -= this.#stepMs;
      steps += 1;
    }
    if (this.#backlogMs >= this.#stepMs) this.#backlogMs = 0;
    return steps;
  }
}
