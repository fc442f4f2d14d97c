/**
 * A visitor's briefcase: what they took from stands, across stands, newest first, a page at a time
 * (one query a page; ties in time broken by id, so pages neither repeat nor skip). A material its
 * exhibitor removed stays as an entry saying so (its kind and title as they were), detached from
 * the deleted material, until the visitor dismisses it.
 */
import type { BriefcaseAdd, BriefcaseItem, BriefcaseQuery, Page } from '@salon/shared';
import { and, count, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { isForeignKeyViolation } from '../../db/constraintViolation.ts';
import type { Database } from '../../db/database.ts';
import { localized, pageOffset } from '../../db/localized.ts';
import * as t from '../../db/schema/index.ts';
import { fileUrl } from '../files/fileUrl.ts';

/** The items matching `where` with their exhibitor and material, newest first (id breaks ties). */
function selectItems(db: Database, where: SQL | undefined) {
  return db
    .select({
      item: t.briefcaseItems,
      exhibitor: t.exhibitors,
      material: t.materials,
      file: t.storedFiles,
      // Counted before LIMIT: the page and the briefcase's size in one round trip.
      total: sql<number>`count(*) over ()`.mapWith(Number),
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

/** A page of the visitor's briefcase (of one exhibitor's items, if asked), in one query. */
export async function listBriefcase(
  db: Database,
  userId: string,
  query: BriefcaseQuery,
): Promise<Page<BriefcaseItem>> {
  const where = and(
    eq(t.briefcaseItems.userId, userId),
    query.exhibitorId ? eq(t.briefcaseItems.exhibitorId, query.exhibitorId) : undefined,
  );
  const rows = await selectItems(db, where)
    .limit(query.pageSize)
    .offset(pageOffset(query.page, query.pageSize));
  let total = rows[0]?.total ?? 0;
  // Past the last page no row carries the count; only then does it take a second query.
  if (rows.length === 0 && query.page > 1) {
    const [counted] = await db.select({ n: count() }).from(t.briefcaseItems).where(where);
    total = counted?.n ?? 0;
  }
  return { items: rows.map(toBriefcaseItem), page: query.page, pageSize: query.pageSize, total };
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
