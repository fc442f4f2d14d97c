/**
 * Producing forum events: who is assigned to each event, its studio's state (one row per event
 * that was ever opened; none means scheduled with the default layout), the log of on-air
 * changes that becomes the recording's chapters, speakers' slides, and the program recording.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  ASSIGNED_EVENT_ROLES,
  CUE_KINDS,
  ON_AIR_MODES,
  STUDIO_LAYOUTS,
  STUDIO_STATUSES,
  type AssignedEventRole,
} from '@salon/shared';
import { forumEvents, speakers } from './forum.ts';
import { storedFiles } from './stands.ts';
import { users } from './users.ts';

const ASSIGNED = Object.keys(ASSIGNED_EVENT_ROLES) as [AssignedEventRole, ...AssignedEventRole[]];
export const eventStaffRoleEnum = pgEnum('event_staff_role', ASSIGNED);
export const studioStatusEnum = pgEnum('studio_status', STUDIO_STATUSES);
export const studioLayoutEnum = pgEnum('studio_layout', STUDIO_LAYOUTS);
export const onAirModeEnum = pgEnum('on_air_mode', ON_AIR_MODES);
export const cueKindEnum = pgEnum('cue_kind', CUE_KINDS);
/** A recording row exists from its first chunk; `none` is the absence of a row. */
export const RECORDING_ROW_STATUSES = ['recording', 'processing', 'ready'] as const;
export const recordingStatusEnum = pgEnum('recording_status', RECORDING_ROW_STATUSES);

/** The producer and the chat expert of an event, one person each, assigned by an organiser. */
export const eventStaff = pgTable(
  'event_staff',
  {
    eventId: text()
      .notNull()
      .references(() => forumEvents.id, { onDelete: 'cascade' }),
    role: eventStaffRoleEnum().notNull(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    assignedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    assignedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.eventId, table.role] }), index().on(table.userId)],
);

export const studios = pgTable(
  'studios',
  {
    eventId: text()
      .primaryKey()
      .references(() => forumEvents.id, { onDelete: 'cascade' }),
    status: studioStatusEnum().notNull().default('scheduled'),
    layout: studioLayoutEnum().notNull().default('moderatorOnly'),
    onAirSpeakerId: text().references(() => speakers.id),
    onAirMode: onAirModeEnum(),
    onAirSince: timestamp({ withTimezone: true }),
    slideIndex: integer().notNull().default(0),
    cueSpeakerId: text().references(() => speakers.id),
    cueKind: cueKindEnum(),
    cueText: text(),
    cueAt: timestamp({ withTimezone: true }),
    liveAt: timestamp({ withTimezone: true }),
    endedAt: timestamp({ withTimezone: true }),
    /** Grows with every change, so clients can drop a state older than the one they hold. */
    version: integer().notNull().default(0),
  },
  (table) => [
    index().on(table.status),
    check(
      'studios_on_air_complete',
      sql`num_nonnulls(${table.onAirSpeakerId}, ${table.onAirMode}, ${table.onAirSince}) in (0, 3)`,
    ),
  ],
);

export const onAirLog = pgTable(
  'on_air_log',
  {
    id: uuid().primaryKey().defaultRandom(),
    eventId: text()
      .notNull()
      .references(() => forumEvents.id, { onDelete: 'cascade' }),
    /** The speaker put on air; null when the speaker on air was taken off. */
    speakerId: text().references(() => speakers.id),
    mode: onAirModeEnum(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index().on(table.eventId, table.at)],
);

/** One PDF per speaker per event; a new upload replaces it. */
export const slideDecks = pgTable(
  'slide_decks',
  {
    eventId: text()
      .notNull()
      .references(() => forumEvents.id, { onDelete: 'cascade' }),
    speakerId: text()
      .notNull()
      .references(() => speakers.id),
    fileId: uuid()
      .notNull()
      .references(() => storedFiles.id, { onDelete: 'cascade' }),
    pageCount: integer().notNull(),
    uploadedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    uploadedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.eventId, table.speakerId] })],
);

export const recordings = pgTable('recordings', {
  eventId: text()
    .primaryKey()
    .references(() => forumEvents.id, { onDelete: 'cascade' }),
  status: recordingStatusEnum().notNull().default('recording'),
  /** The chunk expected next; chunks below it were received and are ignored if sent again. */
  nextSeq: integer().notNull().default(0),
  sizeBytes: bigint({ mode: 'number' }).notNull().default(0),
  /** The file chunks are appended to, in the uploads folder, until the recording is finished. */
  partName: text().notNull(),
  fileId: uuid().references(() => storedFiles.id, { onDelete: 'set null' }),
  durationSeconds: real(),
  /** False when the upload could not be remuxed and is kept as it came. */
  remuxed: boolean().notNull().default(false),
  notice: text(),
  startedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
