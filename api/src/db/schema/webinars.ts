/**
 * Live webinars at stands, and each person's own schedule (webinars now, forum events with
 * the forum issue). A webinar's LiveKit room is named after its id; nothing else names rooms.
 */
import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { DEFAULT_WEBINAR_FORMAT, LOCALES, WEBINAR_FORMATS, WEBINAR_STATUSES } from '@salon/shared';
import { exhibitors } from './exhibitors.ts';
import { forumEvents } from './forum.ts';
import { users } from './users.ts';

export const webinarStatusEnum = pgEnum('webinar_status', WEBINAR_STATUSES);
export const webinarFormatEnum = pgEnum('webinar_format', WEBINAR_FORMATS);
export const localeEnum = pgEnum('locale', LOCALES);

export const webinars = pgTable(
  'webinars',
  {
    id: uuid().primaryKey().defaultRandom(),
    exhibitorId: text()
      .notNull()
      .references(() => exhibitors.id, { onDelete: 'cascade' }),
    titleRu: text().notNull(),
    titleEn: text().notNull(),
    descriptionRu: text().notNull(),
    descriptionEn: text().notNull(),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    durationMinutes: integer().notNull(),
    language: localeEnum().notNull(),
    status: webinarStatusEnum().notNull().default('scheduled'),
    /** Webinars made before formats existed are webinars: the default fills them. */
    format: webinarFormatEnum().notNull().default(DEFAULT_WEBINAR_FORMAT),
    /** Topic codes of the exhibitor when scheduled, for the forum's "same topics" lists. */
    topicCodes: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index().on(table.exhibitorId, table.startsAt), index().on(table.startsAt)],
);

export const scheduleItems = pgTable(
  'schedule_items',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    webinarId: uuid().references(() => webinars.id, { onDelete: 'cascade' }),
    eventId: text().references(() => forumEvents.id, { onDelete: 'cascade' }),
    addedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check('schedule_items_one_target', sql`num_nonnulls(${table.webinarId}, ${table.eventId}) = 1`),
    uniqueIndex('schedule_items_unique_webinar')
      .on(table.userId, table.webinarId)
      .where(sql`${table.webinarId} is not null`),
    uniqueIndex('schedule_items_unique_event')
      .on(table.userId, table.eventId)
      .where(sql`${table.eventId} is not null`),
  ],
);
