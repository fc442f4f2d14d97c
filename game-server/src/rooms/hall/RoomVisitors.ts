/**
 * The visitors of one room, as the room's message handling needs them: each one's message
 * limits and strikes, whether the server threw them out, and the pending reconnection of a
 * dropped one. Per room instance; nothing here outlives the room or is shared across processes.
 */
import type { Client, Deferred } from '@colyseus/core';
import { HALL_CLOSE_CODES } from '@salon/shared';
import type { z } from 'zod';
import { MessageGuard, type MessageLane } from './messageGuard.ts';

interface Visitor {
  readonly userId: string;
  readonly guard: MessageGuard;
  kicked: boolean;
  reconnection: Deferred<Client> | null;
}

export class RoomVisitors<C extends Client> {
  readonly #visitors = new Map<string, Visitor>();
  readonly #now: () => number;

  /** `now`: the room clock, in milliseconds. */
  constructor(now: () => number) {
    this.#now = now;
  }

  add(sessionId: string, userId: string): void {
    const guard = new MessageGuard(this.#now());
    this.#visitors.set(sessionId, { userId, guard, kicked: false, reconnection: null });
  }

  remove(sessionId: string): void {
    this.#visitors.delete(sessionId);
  }

  /** Whether a dropped visitor may come back: not when the server threw them out. */
  mayReconnect(sessionId: string): boolean {
    const visitor = this.#visitors.get(sessionId);
    return visitor !== undefined && !visitor.kicked;
  }

  /** Remembers (or, with null, forgets) a dropped visitor's pending reconnection. */
  awaitReconnection(sessionId: string, reconnection: Deferred<Client> | null): void {
    const visitor = this.#visitors.get(sessionId);
    if (visitor) visitor.reconnection = reconnection;
  }

  /** A visitor who reloaded the page joins anew: their old, dropped avatar goes at once. */
  endDroppedSessionsOf(userId: string): void {
    for (const visitor of this.#visitors.values()) {
      // Deferred types `reject` as a bare Function; rejecting ends the window (onLeave follows).
      if (visitor.userId === userId && visitor.reconnection) {
        Reflect.apply(visitor.reconnection.reject, visitor.reconnection, [false]);
      }
    }
  }

  /**
   * A message handler that spends the lane's budget, validates the payload with the protocol's
   * schema, then applies it; anything refused on the way is a strike.
   */
  guarded<Message>(
    schema: z.ZodType<Message>,
    lane: MessageLane,
    apply: (client: C, message: Message) => void,
  ): (client: C, payload: unknown) => void {
    return (client, payload) => {
      const visitor = this.#visitors.get(client.sessionId);
      if (!visitor || visitor.kicked) return;
      const parsed = visitor.guard.admit(lane, this.#now())
        ? schema.safeParse(payload ?? {})
        : null;
      if (parsed?.success) apply(client, parsed.data);
      else this.strike(client);
    };
  }

  /** Counts a refused message; a client with too many is disconnected and not taken back. */
  strike(client: C): void {
    const visitor = this.#visitors.get(client.sessionId);
    if (!visitor || visitor.kicked || !visitor.guard.strike(this.#now())) return;
    visitor.kicked = true;
    client.leave(HALL_CLOSE_CODES.misbehaving, 'Too many invalid or excess messages');
  }
}
