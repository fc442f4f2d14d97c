/**
 * At most one call per `intervalMs`, always with the latest value: a burst of clicks on the map
 * sends the first at once and the last one when the interval allows, nothing in between. Keeps
 * the client well inside the server's per-message budgets.
 */
export class TrailingThrottle<Value> {
  readonly #intervalMs: number;
  readonly #send: (value: Value) => void;
  #lastSentAt = -Infinity;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #latest: { value: Value } | null = null;

  constructor(intervalMs: number, send: (value: Value) => void) {
    this.#intervalMs = intervalMs;
    this.#send = send;
  }

  push(value: Value, now: number = performance.now()): void {
    const wait = this.#lastSentAt + this.#intervalMs - now;
    if (wait <= 0 && !this.#timer) {
      this.#lastSentAt = now;
      this.#send(value);
      return;
    }
    this.#latest = { value };
    this.#timer ??= setTimeout(() => this.#flush(), Math.max(0, wait));
  }

  cancel(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    this.#latest = null;
  }

  #flush(): void {
    this.#timer = null;
    const latest = this.#latest;
    this.#latest = null;
    if (!latest) return;
    this.#lastSentAt = performance.now();
    this.#send(latest.value);
  }
}
