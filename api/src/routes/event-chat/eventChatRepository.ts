/**
 * Messages of an event's moderated chat: pages of history (newest page first, each page oldest
 * first) restricted to the states the reader may see, posting, moderation as a compare-and-set
 * on the state, and votes counted in the same transaction as they are cast.
 */
import type {
  ForumChatHistory,
  ForumMessage,
  ForumMessageKind,
  ForumMessageState,
} from '@salon/shared';
import { and, desc, eq, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import * as t from '../../db/schema/index.ts';

type MessageRow = typeof t.forumMessages.$inferSelect;

export function toForumMessage(row: MessageRow): ForumMessage {
  return {
    id: row.id,
    eventId: row.eventId,
    kind: row.kind,
    state: row.state,
    author: { id: row.authorId, displayName: row.authorName, isStaff: row.authorIsStaff },
    body: row.body,
    votes: row.votes,
    answeredAtSeconds: row.answeredAtSeconds,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function eventChatHistory(
  db: Database,
  eventId: string,
  options: {
    before?: string | undefined;
    limit: number;
    states: readonly ForumMessageState[];
    kind?: ForumMessageKind | undefined;
    readerId: string | null;
  },
): Promise<ForumChatHistory> {
  if (options.states.length === 0) return { items: [], nextBefore: null, myVotes: [] };
  const conditions: SQL[] = [
    eq(t.forumMessages.eventId, eventId),
    inArray(t.forumMessages.state, [...options.states]),
  ];
  if (options.kind) conditions.push(eq(t.forumMessages.kind, options.kind));
  if (options.before) {
    const [anchor] = await db
      .select({ createdAt: t.forumMessages.createdAt, id: t.forumMessages.id })
      .from(t.forumMessages)
      .where(and(eq(t.forumMessages.id, options.before), eq(t.forumMessages.eventId, eventId)));
    if (!anchor) return { items: [], nextBefore: null, myVotes: [] };
    conditions.push(
      or(
        lt(t.forumMessages.createdAt, anchor.createdAt),
        and(eq(t.forumMessages.createdAt, anchor.createdAt), lt(t.forumMessages.id, anchor.id)),
      ) as SQL,
    );
  }
  const rows = await db
    .select()
    .from(t.forumMessages)
    .where(and(...conditions))
    .orderBy(desc(t.forumMessages.createdAt), desc(t.forumMessages.id))
    .limit(options.limit + 1);
  const page = rows.slice(0, options.limit);
  const oldest = page.at(-1);
  const questionIds = page.filter((row) => row.kind === 'question').map((row) => row.id);
  const votes =
    options.readerId && questionIds.length > 0
      ? await db
          .select({ messageId: t.forumVotes.messageId })
          .from(t.forumVotes)
          .where(
            and(
              eq(t.forumVotes.userId, options.readerId),
              inArray(t.forumVotes.messageId, questionIds),
            ),
          )
      : [];
  return {
    items: page.reverse().map(toForumMessage),
    nextBefore: rows.length > options.limit && oldest ? oldest.id : null,
    myVotes: votes.map((vote) => vote.messageId),
  };
}

const MINE_LIMIT = 100;

/** A person's own latest messages in every state, so they can see what awaits the expert. */
export async function myMessages(
  db: Database,
  eventId: string,
  authorId: string,
): Promise<ForumMessage[]> {
  const rows = await db
    .select()
    .from(t.forumMessages)
    .where(and(eq(t.forumMessages.eventId, eventId), eq(t.forumMessages.authorId, authorId)))
    .orderBy(desc(t.forumMessages.createdAt), desc(t.forumMessages.id))
    .limit(MINE_LIMIT);
  return rows.reverse().map(toForumMessage);
}

export async function postForumMessage(
  db: Database,
  message: {
    eventId: string;
    kind: ForumMessageKind;
    state: ForumMessageState;
    authorId: string;
    authorName: string;
    authorIsStaff: boolean;
    body: string;
  },
): Promise<ForumMessage> {
  const [row] = await db.insert(t.forumMessages).values(message).returning();
  if (!row) throw new Error('The database did not return the new message');
  return toForumMessage(row);
}

export async function findMessage(
  db: Database,
  eventId: string,
  messageId: string,
): Promise<ForumMessage | null> {
  const [row] = await db
    .select()
    .from(t.forumMessages)
    .where(and(eq(t.forumMessages.id, messageId), eq(t.forumMessages.eventId, eventId)));
  return row ? toForumMessage(row) : null;
}

/** Moves a message from `from` to `to`; null when its state changed meanwhile. */
export async function moveMessage(
  db: Database,
  messageId: string,
  change: {
    from: ForumMessageState;
    to: ForumMessageState;
    by: string;
    answeredAtSeconds?: number | null;
  },
): Promise<ForumMessage | null> {
  const [row] = await db
    .update(t.forumMessages)
    .set({
      state: change.to,
      moderatedBy: change.by,
      moderatedAt: new Date(),
      ...(change.answeredAtSeconds !== undefined
        ? { answeredAtSeconds: change.answeredAtSeconds }
        : {}),
    })
    .where(and(eq(t.forumMessages.id, messageId), eq(t.forumMessages.state, change.from)))
    .returning();
  return row ? toForumMessage(row) : null;
}

/** Casts (or withdraws) one person's vote; a second vote by the same person changes nothing. */
export async function setVote(
  db: Database,
  messageId: string,
  userId: string,
  voted: boolean,
): Promise<{ votes: number; changed: boolean }> {
  return db.transaction(async (tx) => {
    const changed = voted
      ? await tx
          .insert(t.forumVotes)
          .values({ messageId, userId })
          .onConflictDoNothing()
          .returning({ messageId: t.forumVotes.messageId })
      : await tx
          .delete(t.forumVotes)
          .where(and(eq(t.forumVotes.messageId, messageId), eq(t.forumVotes.userId, userId)))
          .returning({ messageId: t.forumVotes.messageId });
    const [row] =
      changed.length > 0
        ? await tx
            .update(t.forumMessages)
            .set({ votes: sql`${t.forumMessages.votes} + ${voted ? 1 : -1}` })
            .where(eq(t.forumMessages.id, messageId))
            .returning({ votes: t.forumMessages.votes })
        : await tx
            .select({ votes: t.forumMessages.votes })
            .from(t.forumMessages)
            .where(eq(t.forumMessages.id, messageId));
    return { votes: row?.votes ?? 0, changed: changed.length > 0 };
  });
}
