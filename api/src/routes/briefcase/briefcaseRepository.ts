/**
 * A visitor's briefcase: what they took from stands, across stands, newest first, a page at a time
 * after a cursor (one query a page). The cursor is the last item's place in that order, (added
 * at, id), not a count of items to skip, so an item added or removed while the visitor pages
 * neither repeats nor hides one; the index on (user, added at, id) reads each page directly. A
 * material its exhibitor removed stays as an entry saying so (its kind and title as they were),
 * detached from the deleted material, until the visitor dismisses it.
 */
import {
  briefcaseCursor,
  type BriefcaseAdd,
  type BriefcaseItem,
  type BriefcasePage,
  type BriefcaseQuery,
} from '@salon/shared';
import { and, count, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { isForeignKeyViolation } from '../../db/constraintViolation.ts';
import type { Database } from '../../db/database.ts';
import { localized } from '../../db/localized.ts';
import * as t from '../../db/schema/index.ts';
import { fileUrl } from '../files/fileUrl.ts';

/** ISO 8601 in UTC with microseconds, as the cursor carries the time. */
const EXACT_TIME = sql.raw(`'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'`);

/**
 * The items matching `where` with their exhibitor and material, newest first (id breaks ties),
 * each with its place for a cursor, and how many items match `counted` (in the same round trip).
 */
function selectItems(db: Database, where: SQL | undefined, counted: SQL | undefined = where) {
  return db
    .select({
      item: t.briefcaseItems,
      exhibitor: t.exhibitors,
      material: t.materials,
      file: t.storedFiles,
      // In microseconds, as stored: a cursor cut to milliseconds would skip items.
      addedAtExact: sql<string>`to_char(${t.briefcaseItems.addedAt} at time zone 'UTC', ${EXACT_TIME})`,
      total: db.$count(t.briefcaseItems, counted),
    })
    .from(t.briefcaseItems)
    .innerJoin(t.exhibitors, eq(t.exhibitors.id, t.briefcaseItems.exhibitorId))
    .leftJoin(t.materials, eq(t.materials.id, t.briefcaseItems.materialId))
    .leftJoin(t.storedFiles, eq(t.storedFiles.id, t.materials.fileId))
    .where(where)
    .orderBy(desc(t.briefcaseItems.addedAt), desc(t.briefcaseItems.id));
}

type ItemRow = Awaited<ReturnType<typeof selectItems>>[number];

function toBriefcaseItem({ item, exhibitor, material, file }: ItemRow): BriefcaseItem {
  return {
    id: item.id,
    addedAt: item.addedAt.toISOString(),
    exhibitor: { id: exhibitor.id, name: localized(exhibitor.nameRu, exhibitor.nameEn) },
    material: material
      ? {
          id: material.id,
          kind: material.kind,
          title: localized(material.titleRu, material.titleEn),
          url: material.fileId ? fileUrl(material.fileId) : (material.url ?? ''),
          sizeBytes: file?.sizeBytes ?? null,
        }
      : null,
    contacts:
      material || item.removedAt
        ? null
        : { website: exhibitor.website, email: exhibitor.email, phone: exhibitor.phone },
    // The table's check keeps the snapshot whole wherever removedAt is set.
    removedMaterial: item.removedAt
      ? {
          kind: item.removedKind ?? 'link',
          title: localized(item.removedTitleRu ?? '', item.removedTitleEn ?? ''),
          removedAt: item.removedAt.toISOString(),
        }
      : null,
  };
}

/** The visitor's items, or their items of one exhibitor when the query asks. */
function itemsOf(userId: string, query: BriefcaseQuery): SQL | undefined {
  return and(
    eq(t.briefcaseItems.userId, userId),
    query.exhibitorId ? eq(t.briefcaseItems.exhibitorId, query.exhibitorId) : undefined,
  );
}

/**
 * The query for a page after `query.cursor`: one item more than the page, to know whether another
 * page follows, and the count of all the visitor's items (matching the query) beside each.
 */
export function briefcasePageQuery(db: Database, userId: string, query: BriefcaseQuery) {
  const mine = itemsOf(userId, query);
  // Strictly after the cursor's place in (added at desc, id desc), compared as one row value so
  // that the index serves it. The place is only a position: `mine` still keeps to this visitor.
  const place = query.cursor;
  const after = place
    ? sql`(${t.briefcaseItems.addedAt}, ${t.briefcaseItems.id}) < (${place.addedAt}::timestamptz, ${place.id}::uuid)`
    : undefined;
  return selectItems(db, and(mine, after), mine).limit(query.pageSize + 1);
}

/** A page of the visitor's briefcase (of one exhibitor's items, if asked), in one query. */
export async function listBriefcase(
  db: Database,
  userId: string,
  query: BriefcaseQuery,
): Promise<BriefcasePage> {
  const rows = await briefcasePageQuery(db, userId, query);
  const page = rows.slice(0, query.pageSize);
  const last = page.at(-1);
  let total = rows[0]?.total ?? 0;
  // Nothing left after the cursor (the rest was removed meanwhile): no row carries the count.
  if (rows.length === 0 && query.cursor) {
    const [counted] = await db
      .select({ n: count() })
      .from(t.briefcaseItems)
      .where(itemsOf(userId, query));
    total = counted?.n ?? 0;
  }
  return {
    items: page.map(toBriefcaseItem),
    nextCursor:
      rows.length > query.pageSize && last
        ? briefcaseCursor({ addedAt: last.addedAtExact, id: last.item.id })
        : null,
    total,
  };
}

/** One item of the visitor's briefcase, or null when they hold no such item. */
export async function briefcaseItem(
  db: Database,
  userId: string,
  itemId: string,
): Promise<BriefcaseItem | null> {
  const [row] = await selectItems(
    db,
    and(eq(t.briefcaseItems.id, itemId), eq(t.briefcaseItems.userId, userId)),
  );
  return row ? toBriefcaseItem(row) : null;
}

/**
 * Turns every briefcase entry of a material into a "removed" entry with its snapshot, inside the
 * transaction that deletes the material (whose row the caller has locked, so no visitor adds it
 * meanwhile). Without this, the material's deletion would cascade to the entries.
 */
export async function markMaterialRemoved(
  tx: Database,
  material: typeof t.materials.$inferSelect,
  removedAt: Date,
): Promise<void> {
  await tx
    .update(t.briefcaseItems)
    .set({
      materialId: null,
      removedAt,
      removedKind: material.kind,
      removedTitleRu: material.titleRu,
      removedTitleEn: material.titleEn,
    })
    .where(eq(t.briefcaseItems.materialId, material.id));
}

/**
 * Adds the material or contacts card once; adding again returns the existing item's id. Null
 * when there is no such material or exhibitor, also when its removal commits while this insert
 * waits for its row: the foreign key then refuses the entry, and nothing is stored.
 */
export async function addToBriefcase(
  db: Database,
  userId: string,
  add: BriefcaseAdd,
): Promise<string | null> {
  if ('materialId' in add) {
    const [material] = await db
      .select()
      .from(t.materials)
      .where(eq(t.materials.id, add.materialId));
    if (!material) return null;
    const added = await insertItem(db, {
      userId,
      exhibitorId: material.exhibitorId,
      materialId: material.id,
    });
    if (!added) return null;
    const [item] = await db
      .select({ id: t.briefcaseItems.id })
      .from(t.briefcaseItems)
      .where(
        and(eq(t.briefcaseItems.userId, userId), eq(t.briefcaseItems.materialId, material.id)),
      );
    return item?.id ?? null;
  }
  const [exhibitor] = await db
    .select({ id: t.exhibitors.id })
    .from(t.exhibitors)
    .where(eq(t.exhibitors.id, add.contactsOf));
  if (!exhibitor) return null;
  if (!(await insertItem(db, { userId, exhibitorId: exhibitor.id, materialId: null }))) {
    return null;
  }
  const [item] = await db
    .select({ id: t.briefcaseItems.id })
    .from(t.briefcaseItems)
    .where(
      and(
        eq(t.briefcaseItems.userId, userId),
        eq(t.briefcaseItems.exhibitorId, exhibitor.id),
        isNull(t.briefcaseItems.materialId),
        isNull(t.briefcaseItems.removedAt),
      ),
    );
  return item?.id ?? null;
}

/** False when the material or exhibitor went between reading it and inserting the entry. */
async function insertItem(
  db: Database,
  values: typeof t.briefcaseItems.$inferInsert,
): Promise<boolean> {
  try {
    await db.insert(t.briefcaseItems).values(values).onConflictDoNothing();
    return true;
  } catch (error) {
    if (isForeignKeyViolation(error)) return false;
    throw error;
  }
}

export async function removeFromBriefcase(
  db: Database,
  userId: string,
  itemId: string,
): Promise<boolean> {
  const rows = await db
    .delete(t.briefcaseItems)
    .where(and(eq(t.briefcaseItems.id, itemId), eq(t.briefcaseItems.userId, userId)))
    .returning({ id: t.briefcaseItems.id });
  return rows.length > 0;
}
