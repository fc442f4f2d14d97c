/** People with a session: guests, visitors with accounts, exhibitor staff, forum staff, organisers. */
import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { roleEnum } from './enums.ts';
import { exhibitors } from './exhibitors.ts';
import { speakers } from './forum.ts';

export const users = pgTable('users', {
  id: uuid().primaryKey().defaultRandom(),
  /** Null for guests, who have no account yet. */
  email: text().unique(),
  displayName: text().notNull(),
  role: roleEnum().notNull().default('visitor'),
  /** For exhibitor staff: the exhibitor whose stand they run. */
  exhibitorId: text().references(() => exhibitors.id, { onDelete: 'set null' }),
  /** For forum people: the speaker profile they appear as. */
  speakerId: text().references(() => speakers.id, { onDelete: 'set null' }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
