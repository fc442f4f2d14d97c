/**
 * Sessions and staff invitations. A session row backs every token, so signing out revokes it
 * for the api at once (the game server trusts a token's signature until it expires).
 */
import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { exhibitors } from './exhibitors.ts';
import { users } from './users.ts';

export const authSessions = pgTable(
  'auth_sessions',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (table) => [index().on(table.userId)],
);

export const invitations = pgTable(
  'invitations',
  {
    id: uuid().primaryKey().defaultRandom(),
    exhibitorId: text()
      .notNull()
      .references(() => exhibitors.id, { onDelete: 'cascade' }),
    email: text().notNull(),
    /** SHA-256 of the secret in the invitation link; the secret itself is never stored. */
    tokenHash: text().notNull().unique(),
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    acceptedAt: timestamp({ withTimezone: true }),
  },
  (table) => [index().on(table.exhibitorId)],
);
