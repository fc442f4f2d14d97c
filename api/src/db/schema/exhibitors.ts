/** Exhibitors and the topics they are tagged with. */
import { index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { regions, topics } from './dictionaries.ts';
import { exhibitorKindEnum } from './enums.ts';

export const exhibitors = pgTable(
  'exhibitors',
  {
    id: text().primaryKey(),
    kind: exhibitorKindEnum().notNull(),
    nameRu: text().notNull(),
    nameEn: text().notNull(),
    descriptionRu: text().notNull(),
    descriptionEn: text().notNull(),
    regionCode: text()
      .notNull()
      .references(() => regions.code),
    website: text(),
    email: text(),
    phone: text(),
    colorPrimary: text().notNull(),
    colorAccent: text().notNull(),
    /**
     * Lower-cased names and descriptions in both languages, computed in JS on write: PostgreSQL's
     * own lower() only folds ASCII under the C locale that embedded databases start with.
     */
    searchText: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index().on(table.kind), index().on(table.regionCode), index().on(table.nameRu)],
);

export const exhibitorTopics = pgTable(
  'exhibitor_topics',
  {
    exhibitorId: text()
      .notNull()
      .references(() => exhibitors.id, { onDelete: 'cascade' }),
    topicCode: text()
      .notNull()
      .references(() => topics.code),
    position: integer().notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.exhibitorId, table.topicCode] }),
    index().on(table.topicCode),
  ],
);
