/** Reference lists: regions and topics (topics are also the forum's clusters). */
import { integer, pgTable, text } from 'drizzle-orm/pg-core';

export const regions = pgTable('regions', {
  code: text().primaryKey(),
  nameRu: text().notNull(),
  nameEn: text().notNull(),
});

export const topics = pgTable('topics', {
  code: text().primaryKey(),
  nameRu: text().notNull(),
  nameEn: text().notNull(),
  position: integer().notNull(),
});
