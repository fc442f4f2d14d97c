/** The forum: stages, speakers, events and who speaks at each. */
import { date, index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { regions, topics } from './dictionaries.ts';
import { eventFormatEnum, forumPhaseEnum } from './enums.ts';

export const stages = pgTable('stages', {
  id: text().primaryKey(),
  nameRu: text().notNull(),
  nameEn: text().notNull(),
  position: integer().notNull(),
});

export const speakers = pgTable(
  'speakers',
  {
    id: text().primaryKey(),
    nameRu: text().notNull(),
    nameEn: text().notNull(),
    positionRu: text().notNull(),
    positionEn: text().notNull(),
    organisationRu: text().notNull(),
    organisationEn: text().notNull(),
    regionCode: text().references(() => regions.code),
    /** Lower-cased names and organisations in both languages (see exhibitors.searchText). */
    searchText: text().notNull(),
  },
  (table) => [index().on(table.nameRu)],
);

export const forumEvents = pgTable(
  'forum_events',
  {
    id: text().primaryKey(),
    phase: forumPhaseEnum().notNull(),
    day: date({ mode: 'string' }).notNull(),
    clusterCode: text()
      .notNull()
      .references(() => topics.code),
    stageId: text()
      .notNull()
      .references(() => stages.id),
    format: eventFormatEnum().notNull(),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    titleRu: text().notNull(),
    titleEn: text().notNull(),
    descriptionRu: text().notNull(),
    descriptionEn: text().notNull(),
    moderatorId: text()
      .notNull()
      .references(() => speakers.id),
    /** Lower-cased titles and descriptions in both languages (see exhibitors.searchText). */
    searchText: text().notNull(),
  },
  (table) => [
    index().on(table.startsAt),
    index().on(table.day, table.startsAt),
    index().on(table.stageId, table.startsAt),
    index().on(table.clusterCode),
  ],
);

export const eventSpeakers = pgTable(
  'event_speakers',
  {
    eventId: text()
      .notNull()
      .references(() => forumEvents.id, { onDelete: 'cascade' }),
    speakerId: text()
      .notNull()
      .references(() => speakers.id),
    position: integer().notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.eventId, table.speakerId] }),
    index().on(table.speakerId),
  ],
);
