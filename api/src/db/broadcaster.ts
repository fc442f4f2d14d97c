/**
 * Delivers events to every open stream, in every api process: an event is published with
 * PostgreSQL NOTIFY on the broadcaster's channel, each process LISTENs once and hands it to the
 * streams it holds for the event's key (a stand, a forum event). (PGlite's in-process LISTEN
 * behaves the same.) A NOTIFY payload is at most 8000 bytes: publish small events.
 */
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { DatabaseHandle } from './database.ts';

export interface Broadcaster<Event> {
  publish(key: string, event: Event): Promise<void>;
  /** Calls `deliver` with every event for `key` until the returned function is called. */
  subscribe(key: string, deliver: (event: Event) => void): Promise<() => Promise<void>>;
}

export function createBroadcaster<Event>(
  database: DatabaseHandle,
  channel: string,
  schema: z.ZodType<Event>,
): Broadcaster<Event> {
  const EnvelopeSchema = z.object({ key: z.string(), event: schema });
  const streams = new Map<string, Set<(event: Event) => void>>();
  let unlisten: Promise<() => Promise<void>> | null = null;

  function onPayload(payload: string): void {
    const envelope = EnvelopeSchema.safeParse(JSON.parse(payload));
    if (!envelope.success) return;
    for (const deliver of streams.get(envelope.data.key) ?? []) deliver(envelope.data.event);
  }

  return {
    async publish(key, event) {
      const payload = JSON.stringify({ key, event });
      await database.db.execute(sql`select pg_notify(${channel}, ${payload})`);
    },
    async subscribe(key, deliver) {
      unlisten ??= database.listen(channel, onPayload);
      await unlisten;
      const set = streams.get(key) ?? new Set();
      set.add(deliver);
      streams.set(key, set);
      return async () => {
        set.delete(deliver);
        if (set.size === 0) streams.delete(key);
        if (streams.size === 0 && unlisten) {
          const stop = unlisten;
          unlisten = null;
          await (
            await stop
          )();
        }
      };
    },
  };
}
