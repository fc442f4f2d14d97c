/** Stand chat events to every open stand chat stream, in every api process (see broadcaster.ts). */
import { ChatEventSchema, type ChatEvent } from '@salon/shared';
import { createBroadcaster, type Broadcaster } from '../../db/broadcaster.ts';
import type { DatabaseHandle } from '../../db/database.ts';

/** Keyed by the stand's exhibitor id. */
export type ChatBroadcaster = Broadcaster<ChatEvent>;

export function createChatBroadcaster(database: DatabaseHandle): ChatBroadcaster {
  return createBroadcaster(database, 'stand_chat', ChatEventSchema);
}
