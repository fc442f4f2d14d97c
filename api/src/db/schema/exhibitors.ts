/** Exhibitors and the topics they are tagged with. */
import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { regions, topics } from './dictionaries.ts';
import { exhibitorKindEnum } from './enums.ts';

/** The unique indexes on the names, by language: a violation of one says which name is taken. */
export const EXHIBITOR_NAME_INDEXES = {
  ru: 'exhibitors_name_ru_unique',
  en: 'exhibitors_name_en_unique',
} as const;

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
  (table) => [
    index().on(table.kind),
    index().on(table.regionCode),
    index().on(table.nameRu),
    // One exhibitor per name in each language, whatever the letter case, so that two organisers
    // adding the same exhibitor at once get one stand. lower() folds Cyrillic under the UTF-8
    // ctype that PGlite and our PostgreSQL clusters use (a cluster made with ctype C would fold
    // only ASCII here). The route maps a violation of these to a 409 (exhibitorNameTaken.ts).
    uniqueIndex(EXHIBITOR_NAME_INDEXES.ru).on(sql`lower(${table.nameRu})`),
    uniqueIndex(EXHIBITOR_NAME_INDEXES.en).on(sql`lower(${table.nameEn})`),
  ],
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
