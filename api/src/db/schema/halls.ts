/**
 * Halls and their layout versions. A version is edited as a draft and published whole; at most
 * one version per hall is published at a time. Stands, alleys, screens and spawn points belong
 * to one version, so publishing never changes what a running room already loaded.
 */
import { sql } from 'drizzle-orm';
import {
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { topics } from './dictionaries.ts';
import { facingEnum, layoutStatusEnum } from './enums.ts';
import { exhibitors } from './exhibitors.ts';
import { stages } from './forum.ts';
import { users } from './users.ts';

export const halls = pgTable('halls', {
  id: text().primaryKey(),
  nameRu: text().notNull(),
  nameEn: text().notNull(),
  floorWidth: doublePrecision().notNull(),
  floorDepth: doublePrecision().notNull(),
  position: integer().notNull(),
});

export const layoutVersions = pgTable(
  'layout_versions',
  {
    id: uuid().primaryKey().defaultRandom(),
    hallId: text()
      .notNull()
      .references(() => halls.id, { onDelete: 'cascade' }),
    version: integer().notNull(),
    status: layoutStatusEnum().notNull().default('draft'),
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp({ withTimezone: true }),
  },
  (table) => [
    unique().on(table.hallId, table.version),
    uniqueIndex('layout_versions_one_published_per_hall')
      .on(table.hallId)
      .where(sql`${table.status} = 'published'`),
  ],
);

const versionRef = () =>
  uuid()
    .notNull()
    .references(() => layoutVersions.id, { onDelete: 'cascade' });

export const stands = pgTable(
  'stands',
  {
    layoutVersionId: versionRef(),
    id: text().notNull(),
    exhibitorId: text()
      .notNull()
      .references(() => exhibitors.id, { onDelete: 'cascade' }),
    x: doublePrecision().notNull(),
    y: doublePrecision().notNull(),
    width: doublePrecision().notNull(),
    depth: doublePrecision().notNull(),
    facing: facingEnum().notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.layoutVersionId, table.id] }),
    index().on(table.exhibitorId),
  ],
);

export const alleys = pgTable(
  'alleys',
  {
    layoutVersionId: versionRef(),
    id: text().notNull(),
    topicCode: text().references(() => topics.code),
    fromX: doublePrecision().notNull(),
    fromY: doublePrecision().notNull(),
    toX: doublePrecision().notNull(),
    toY: doublePrecision().notNull(),
    width: doublePrecision().notNull(),
  },
  (table) => [primaryKey({ columns: [table.layoutVersionId, table.id] })],
);

export const screens = pgTable(
  'screens',
  {
    layoutVersionId: versionRef(),
    id: text().notNull(),
    stageId: text()
      .notNull()
      .references(() => stages.id),
    x: doublePrecision().notNull(),
    y: doublePrecision().notNull(),
    width: doublePrecision().notNull(),
    facing: facingEnum().notNull(),
  },
  (table) => [primaryKey({ columns: [table.layoutVersionId, table.id] })],
);

export const spawnPoints = pgTable(
  'spawn_points',
  {
    layoutVersionId: versionRef(),
    id: text().notNull(),
    x: doublePrecision().notNull(),
    y: doublePrecision().notNull(),
  },
  (table) => [primaryKey({ columns: [table.layoutVersionId, table.id] })],
);
