/** People with a session: guests, visitors with accounts, exhibitor staff, forum staff, organisers. */
import { boolean, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { roleEnum } from './enums.ts';
import { exhibitors } from './exhibitors.ts';
import { speakers } from './forum.ts';

export const users = pgTable('users', {
  id: uuid().primaryKey().defaultRandom(),
  /** Null for guests, who have no account yet. Stored lower-cased. */
  email: text().unique(),
  /** argon2id hash; null for guests. */
  passwordHash: text(),
  displayName: text().notNull(),
  role: roleEnum().notNull().default('visitor'),
  /** For exhibitor staff: the exhibitor whose stand they run. */
  exhibitorId: text().references(() => exhibitors.id, { onDelete: 'set null' }),
  /** For forum people: the speaker profile they appear as. */
  speakerId: text().references(() => speakers.id, { onDelete: 'set null' }),
  /** Exhibitor staff who answer visitors at the stand right now. */
  onDuty: boolean().notNull().default(false),
  /** Last sign of life from an open dashboard or stand chat, for "online now". */
  lastSeenAt: timestamp({ withTimezone: true }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
