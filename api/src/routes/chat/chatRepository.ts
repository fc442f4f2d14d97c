/** Stand chat messages: pages of history (newest page first, each page oldest first), posting, hiding. */
import type { ChatHistory, ChatMessage } from '@salon/shared';
import { and, desc, eq, isNull, lt, or, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import * as t from '../../db/schema/index.ts';

type MessageRow = typeof t.chatMessages.$inferSelect;

export function toChatMessage(row: MessageRow): ChatMessage {
  return {
    id: row.id,
    exhibitorId: row.exhibitorId,
    author: { id: row.authorId, displayName: row.authorName, isStaff: row.authorIsStaff },
    body: row.body,
    createdAt: row.createdAt.toISOString(),
    hidden: row.hiddenAt !== null,
  };
}

export async function chatHistory(
  db: Database,
  exhibitorId: string,
  options: { before?: string | undefined; limit: number; includeHidden: boolean },
): Promise<ChatHistory> {
  const conditions: SQL[] = [eq(t.chatMessages.exhibitorId, exhibitorId)];
  if (!options.includeHidden) conditions.push(isNull(t.chatMessages.hiddenAt));
  if (options.before) {
    const [anchor] = await db
      .select({ createdAt: t.chatMessages.createdAt, id: t.chatMessages.id })
      .from(t.chatMessages)
      .where(
        and(eq(t.chatMessages.id, options.before), eq(t.chatMessages.exhibitorId, exhibitorId)),
      );
    if (!anchor) return { items: [], nextBefore: null };
    conditions.push(
      or(
        lt(t.chatMessages.createdAt, anchor.createdAt),
        and(eq(t.chatMessages.createdAt, anchor.createdAt), lt(t.chatMessages.id, anchor.id)),
      ) as SQL,
    );
  }
  const rows = await db
    .select()
    .from(t.chatMessages)
    .where(and(...conditions))
    .orderBy(desc(t.chatMessages.createdAt), desc(t.chatMessages.id))
    .limit(options.limit + 1);
  const page = rows.slice(0, options.limit);
  const oldest = page.at(-1);
  return {
    items: page.reverse().map(toChatMessage),
    nextBefore: rows.length > options.limit && oldest ? oldest.id : null,
  };
}

export async function postMessage(
  db: Database,
  message: {
    exhibitorId: string;
    authorId: string;
    authorName: string;
    authorIsStaff: boolean;
    body: string;
  },
): Promise<ChatMessage> {
  const [row] = await db.insert(t.chatMessages).values(message).returning();
  if (!row) throw new Error('The database did not return the new message');
  return toChatMessage(row);
}

export async function hideMessage(
  db: Database,
  exhibitorId: string,
  messageId: string,
  hiddenBy: string,
): Promise<boolean> {
  const rows = await db
    .update(t.chatMessages)
    .set({ hiddenAt: new Date(), hiddenBy })
    .where(and(eq(t.chatMessages.id, messageId), eq(t.chatMessages.exhibitorId, exhibitorId)))
    .returning({ id: t.chatMessages.id });
  return rows.length > 0;
}
