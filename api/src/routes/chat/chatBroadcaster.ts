/**
 * Delivers stand chat events to every open chat stream, in every api process: an event is
 * published with PostgreSQL NOTIFY on one channel, each process LISTENs once and hands it to
 * the streams of that stand it holds. (PGlite's in-process LISTEN behaves the same.)
 */
import { ChatEventSchema, type ChatEvent } from '@salon/shared';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { DatabaseHandle } from '../../db/database.ts';

const CHANNEL = 'stand_chat';
const EnvelopeSchema = z.object({ exhibitorId: z.string(), event: ChatEventSchema });

export interface ChatBroadcaster {
  publish(exhibitorId: string, event: ChatEvent): Promise<void>;
  /** Calls `deliver` with every event of this stand until the returned function is called. */
  subscribe(exhibitorId: string, deliver: (event: ChatEvent) => void): Promise<() => Promise<void>>;
}

export function createChatBroadcaster(database: DatabaseHandle): ChatBroadcaster {
  const streams = new Map<string, Set<(event: ChatEvent) => void>>();
  let unlisten: Promise<() => Promise<void>> | null = null;

  function onPayload(payload: string): void {
    const envelope = EnvelopeSchema.safeParse(JSON.parse(payload));
    if (!envelope.success) return;
    for (const deliver of streams.get(envelope.data.exhibitorId) ?? [])
      deliver(envelope.data.event);
  }

  return {
    async publish(exhibitorId, event) {
      const payload = JSON.stringify({ exhibitorId, event });
      await database.db.execute(sql`select pg_notify(${CHANNEL}, ${payload})`);
    },
    async subscribe(exhibitorId, deliver) {
      unlisten ??= database.listen(CHANNEL, onPayload);
      await unlisten;
      const set = streams.get(exhibitorId) ?? new Set();
      set.add(deliver);
      streams.set(exhibitorId, set);
      return async () => {
        set.delete(deliver);
        if (set.size === 0) streams.delete(exhibitorId);
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
