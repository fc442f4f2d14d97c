/**
 * A stand's content beyond the exhibitor card: stored files (logo, video, captions, poster,
 * material documents), products, materials; and what visitors do there: briefcase items, chat
 * messages, leads.
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
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { MATERIAL_KINDS } from '@salon/shared';
import { exhibitors } from './exhibitors.ts';
import { users } from './users.ts';

/** Stand files, and forum files: a speaker's slides, an event's recording. */
export const FILE_PURPOSES = [
  'logo',
  'video',
  'poster',
  'captions',
  'material',
  'slides',
  'recording',
] as const;
export const filePurposeEnum = pgEnum('file_purpose', FILE_PURPOSES);
export const materialKindEnum = pgEnum('material_kind', MATERIAL_KINDS);

export const storedFiles = pgTable(
  'stored_files',
  {
    id: uuid().primaryKey().defaultRandom(),
    exhibitorId: text().references(() => exhibitors.id, { onDelete: 'cascade' }),
    purpose: filePurposeEnum().notNull(),
    /** Checked from the file's bytes, not taken from the upload's claim. */
    contentType: text().notNull(),
    sizeBytes: bigint({ mode: 'number' }).notNull(),
    /** Where the bytes are: a path relative to the uploads folder, or to assets/ for demo media. */
    storageKey: text().notNull(),
    originalName: text().notNull(),
    /** For captions: the language of the track. */
    language: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /**
     * When the exhibitor removed the material this file was: its bytes are gone, and the row
     * stays so that a download says so (410) instead of "no such file".
     */
    removedAt: timestamp({ withTimezone: true }),
  },
  (table) => [index().on(table.exhibitorId, table.purpose)],
);

export const products = pgTable(
  'products',
  {
    id: uuid().primaryKey().defaultRandom(),
    exhibitorId: text()
      .notNull()
      .references(() => exhibitors.id, { onDelete: 'cascade' }),
    nameRu: text().notNull(),
    nameEn: text().notNull(),
    descriptionRu: text().notNull(),
    descriptionEn: text().notNull(),
    position: integer().notNull(),
  },
  (table) => [index().on(table.exhibitorId, table.position)],
);

/** The unique index on a material upload's key, whose violation means "already uploaded". */
export const MATERIAL_IDEMPOTENCY_INDEX = 'materials_unique_idempotency_key';

export const materials = pgTable(
  'materials',
  {
    id: uuid().primaryKey().defaultRandom(),
    exhibitorId: text()
      .notNull()
      .references(() => exhibitors.id, { onDelete: 'cascade' }),
    kind: materialKindEnum().notNull(),
    titleRu: text().notNull(),
    titleEn: text().notNull(),
    /** The stored document for pdf and image materials. */
    fileId: uuid().references(() => storedFiles.id, { onDelete: 'cascade' }),
    /** The external address of a link material. */
    url: text(),
    position: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /**
     * The `Idempotency-Key` of the upload that made an uploaded material: a retry of that upload
     * answers with this material instead of storing the file again. Null for links and for
     * uploads sent without a key.
     */
    idempotencyKey: uuid(),
  },
  (table) => [
    index().on(table.exhibitorId, table.position),
    // Per stand: another stand's upload with the same key is its own. Two requests with one key
    // at once both try to insert; this index lets one in (materialUpload.ts maps the other).
    uniqueIndex(MATERIAL_IDEMPOTENCY_INDEX).on(table.exhibitorId, table.idempotencyKey),
  ],
);

export const briefcaseItems = pgTable(
  'briefcase_items',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    exhibitorId: text()
      .notNull()
      .references(() => exhibitors.id, { onDelete: 'cascade' }),
    /**
     * A material; null for the exhibitor's contacts card, or for a material the exhibitor has
     * since removed (then `removedAt` and the snapshot below are set).
     */
    materialId: uuid().references(() => materials.id, { onDelete: 'cascade' }),
    addedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** When the exhibitor removed the material: the entry stays until the visitor dismisses it. */
    removedAt: timestamp({ withTimezone: true }),
    /** The removed material's kind and title as they were when it was removed. */
    removedKind: materialKindEnum(),
    removedTitleRu: text(),
    removedTitleEn: text(),
  },
  (table) => [
    uniqueIndex('briefcase_items_unique_material')
      .on(table.userId, table.materialId)
      .where(sql`${table.materialId} is not null`),
    uniqueIndex('briefcase_items_unique_contacts')
      .on(table.userId, table.exhibitorId)
      .where(sql`${table.materialId} is null and ${table.removedAt} is null`),
    // The order the briefcase is read in, a page at a time after a cursor (added_at, id). Nulls
    // first only because PostgreSQL's `desc` means it; the columns hold none.
    index().on(table.userId, table.addedAt.desc().nullsFirst(), table.id.desc().nullsFirst()),
    // A removed entry is detached from the (deleted) material and carries its whole snapshot.
    check(
      'briefcase_items_removed_snapshot',
      sql`${table.removedAt} is null or (${table.materialId} is null and ${table.removedKind} is not null and ${table.removedTitleRu} is not null and ${table.removedTitleEn} is not null)`,
    ),
  ],
);

export const chatMessages = pgTable(
  'chat_messages',
  {
    id: uuid().primaryKey().defaultRandom(),
    exhibitorId: text()
      .notNull()
      .references(() => exhibitors.id, { onDelete: 'cascade' }),
    authorId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The author's name and standing when they wrote, so history reads as it was. */
    authorName: text().notNull(),
    authorIsStaff: boolean().notNull(),
    body: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    hiddenAt: timestamp({ withTimezone: true }),
    hiddenBy: uuid().references(() => users.id, { onDelete: 'set null' }),
  },
  (table) => [index().on(table.exhibitorId, table.createdAt)],
);

export const leads = pgTable(
  'leads',
  {
    id: uuid().primaryKey().defaultRandom(),
    exhibitorId: text()
      .notNull()
      .references(() => exhibitors.id, { onDelete: 'cascade' }),
    visitorId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** Only what the visitor chose to share; the rest stays null. */
    name: text(),
    email: text(),
    organisation: text(),
    note: text(),
    consentedAt: timestamp({ withTimezone: true }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('leads_one_per_visitor').on(table.exhibitorId, table.visitorId),
    index().on(table.exhibitorId, table.createdAt),
  ],
);
