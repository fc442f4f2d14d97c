/**
 * What viewers do at a forum event: questions and comments in its moderated chat, votes on
 * questions (one per person), and ratings after it ends (one per person, updatable).
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  real,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { FORUM_MESSAGE_KINDS, FORUM_MESSAGE_STATES } from '@salon/shared';
import { forumEvents } from './forum.ts';
import { users } from './users.ts';

export const forumMessageKindEnum = pgEnum('forum_message_kind', FORUM_MESSAGE_KINDS);
export const forumMessageStateEnum = pgEnum('forum_message_state', FORUM_MESSAGE_STATES);

export const forumMessages = pgTable(
  'forum_messages',
  {
    id: uuid().primaryKey().defaultRandom(),
    eventId: text()
      .notNull()
      .references(() => forumEvents.id, { onDelete: 'cascade' }),
    kind: forumMessageKindEnum().notNull(),
    state: forumMessageStateEnum().notNull(),
    authorId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The author's name and standing when they wrote, so history reads as it was. */
    authorName: text().notNull(),
    authorIsStaff: boolean().notNull(),
    body: text().notNull(),
    /** Kept with each vote in the same statement, so lists need no count. */
    votes: integer().notNull().default(0),
    answeredAtSeconds: real(),
    moderatedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    moderatedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index().on(table.eventId, table.createdAt),
    check(
      'forum_messages_state_of_kind',
      sql`(${table.kind} = 'question' and ${table.state} in ('pending', 'approved', 'rejected', 'answered')) or (${table.kind} = 'comment' and ${table.state} in ('visible', 'hidden'))`,
    ),
  ],
);

export const forumVotes = pgTable(
  'forum_votes',
  {
    messageId: uuid()
      .notNull()
      .references(() => forumMessages.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.messageId, table.userId] }), index().on(table.userId)],
);

export const eventFeedback = pgTable(
  'event_feedback',
  {
    eventId: text()
      .notNull()
      .references(() => forumEvents.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    rating: smallint().notNull(),
    comment: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.eventId, table.userId] }),
    index().on(table.eventId, table.updatedAt),
    check('event_feedback_rating', sql`${table.rating} between 1 and 5`),
  ],
);
