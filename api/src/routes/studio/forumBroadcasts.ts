/**
 * What forum streams carry between api processes (see broadcaster.ts), keyed by event id.
 * The studio channel only says that something changed: each stream reloads the state, which
 * can be larger than a notification may carry. The chat channel carries each event as the
 * event's staff see it, and how viewers see it: the same, as a removal (a question rejected
 * after approval, a hidden comment), or not at all (a question still pending).
 */
import { ForumChatEventSchema, IdSchema, type ForumChatEvent } from '@salon/shared';
import { z } from 'zod';
import { createBroadcaster, type Broadcaster } from '../../db/broadcaster.ts';
import type { DatabaseHandle } from '../../db/database.ts';

const StudioSignalSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('state') }),
  z.object({ type: z.literal('slides'), speakerId: IdSchema }),
]);
export type StudioSignal = z.infer<typeof StudioSignalSchema>;

const ChatEnvelopeSchema = z.object({
  event: ForumChatEventSchema,
  forViewers: z.enum(['same', 'removed', 'none']),
});
export type ChatEnvelope = z.infer<typeof ChatEnvelopeSchema>;

export interface ForumBroadcasts {
  studio: Broadcaster<StudioSignal>;
  chat: Broadcaster<ChatEnvelope>;
}

export function createForumBroadcasts(database: DatabaseHandle): ForumBroadcasts {
  return {
    studio: createBroadcaster(database, 'forum_studio', StudioSignalSchema),
    chat: createBroadcaster(database, 'forum_chat', ChatEnvelopeSchema),
  };
}

/** The event a viewer's stream sends for an envelope, or null for none. */
export function forViewers(envelope: ChatEnvelope): ForumChatEvent | null {
  if (envelope.forViewers === 'none') return null;
  if (envelope.forViewers === 'same') return envelope.event;
  return envelope.event.type === 'message'
    ? { type: 'removed', messageId: envelope.event.message.id }
    : null;
}
