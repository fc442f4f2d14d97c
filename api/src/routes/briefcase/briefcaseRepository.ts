/**
 * A visitor's briefcase: what they took from stands, across stands, newest first. A material its
 * exhibitor removed stays as an entry saying so (its kind and title as they were), detached from
 * the deleted material, until the visitor dismisses it.
 */
import type { BriefcaseAdd, BriefcaseItem } from '@salon/shared';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { localized } from '../../db/localized.ts';
import * as t from '../../db/schema/index.ts';
import { fileUrl } from '../files/fileUrl.ts';

const BRIEFCASE_LIMIT = 500;

export async function listBriefcase(db: Database, userId: string): Promise<BriefcaseItem[]> {
  const rows = await db
    .select({
      item: t.briefcaseItems,
      exhibitor: t.exhibitors,
      material: t.materials,
      file: t.storedFiles,
    })
    .from(t.briefcaseItems)
    .innerJoin(t.exhibitors, eq(t.exhibitors.id, t.briefcaseItems.exhibitorId))
    .leftJoin(t.materials, eq(t.materials.id, t.briefcaseItems.materialId))
    .leftJoin(t.storedFiles, eq(t.storedFiles.id, t.materials.fileId))
    .where(eq(t.briefcaseItems.userId, userId))
    .orderBy(desc(t.briefcaseItems.addedAt))
    .limit(BRIEFCASE_LIMIT);
  return rows.map(({ item, exhibitor, material, file }) => ({
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
  }));
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

/** Adds the material or contacts card once; adding again returns the existing item's id. */
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
    await db
      .insert(t.briefcaseItems)
      .values({ userId, exhibitorId: material.exhibitorId, materialId: material.id })
      .onConflictDoNothing();
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
  await db
    .insert(t.briefcaseItems)
    .values({ userId, exhibitorId: exhibitor.id, materialId: null })
    .onConflictDoNothing();
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
