/**
 * Per-client message limits: a token bucket per lane (plain intents, and walkTo, which runs
 * pathfinding and so gets a tighter one), and strikes for every message refused (malformed,
 * unknown, over the limit). Strikes fade over time, so an honest client that once sent a burst
 * recovers; one that keeps misbehaving reaches `maxStrikes` and is disconnected. Synchronous and
 * driven by the caller's clock (the room clock in the room, any number in tests): it sits on
 * the hot path of every message, where an async keyed limiter would cost more than the work.
 */

export const MESSAGE_LIMITS = {
  /** move, stop, enterStand, leaveStand: sustained messages per second, and burst. */
  intent: { perSecond: 15, burst: 30 },
  /** walkTo runs A* on the server. */
  pathfinding: { perSecond: 2, burst: 5 },
  /** Strikes fade at this many per second. */
  strikeDecayPerSecond: 1,
  /** A client with this many strikes is disconnected. */
  maxStrikes: 20,
} as const;

export type MessageLane = 'intent' | 'pathfinding';

class TokenBucket {
  readonly #perSecond: number;
  readonly #burst: number;
  #tokens: number;
  #at: number;

  constructor(limit: { perSecond: number; burst: number }, now: number) {
    this.#perSecond = limit.perSecond;
    this.#burst = limit.burst;
    this.#tokens = limit.burst;
    this.#at = now;
  }

  take(now: number): boolean {
    const elapsed = Math.max(0, now - this.#at) / 1000;
    this.#tokens = Math.min(this.#burst, this.#tokens + elapsed * this.#perSecond);
    this.#at = now;
    if (this.#tokens < 1) return false;
    this.#tokens -= 1;
    return true;
  }
}

export class MessageGuard {
  readonly #lanes: Record<MessageLane, TokenBucket>;
  #strikes = 0;
  #struckAt: number;

  /** `now` in milliseconds. */
  constructor(now: number) {
    this.#lanes = {
      intent: new TokenBucket(MESSAGE_LIMITS.intent, now),
      pathfinding: new TokenBucket(MESSAGE_LIMITS.pathfinding, now),
    };
    this.#struckAt = now;
  }

  /** Whether a message on this lane may be handled now; spends a token when it may. */
  admit(lane: MessageLane, now: number): boolean {
    return this.#lanes[lane].take(now);
  }

  /** Records a refused message; true when the client has now misbehaved enough to go. */
  strike(now: number): boolean {
    const faded = (Math.max(0, now - this.#struckAt) / 1000) * MESSAGE_LIMITS.strikeDecayPerSecond;
    this.#strikes = Math.max(0, this.#strikes - faded) + 1;
    this.#struckAt = now;
    return this.#strikes >= MESSAGE_LIMITS.maxStrikes;
  }
}
