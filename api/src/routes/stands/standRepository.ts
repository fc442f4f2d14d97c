/**
 * The stand page's data: the exhibitor card plus its media, products, materials and staff.
 * A handful of queries whatever the stand holds.
 */
import type { Material, StandDetail, StandVideo, StaffMember } from '@salon/shared';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { localized } from '../../db/localized.ts';
import * as t from '../../db/schema/index.ts';
import { getExhibitor } from '../exhibitors/exhibitorRepository.ts';
import { fileUrl } from '../files/fileUrl.ts';

/** Staff count as online for this long after their last sign of life. */
export const ONLINE_WINDOW_MS = 2 * 60_000;

type FileRow = typeof t.storedFiles.$inferSelect;

function videoOf(files: readonly FileRow[]): StandVideo | null {
  const videos = files
    .filter((file) => file.purpose === 'video')
    .sort((a, b) => (a.contentType === 'video/webm' ? -1 : b.contentType === 'video/webm' ? 1 : 0));
  if (videos.length === 0) return null;
  const poster = files.find((file) => file.purpose === 'poster');
  return {
    sources: videos.map((file) => ({ url: fileUrl(file.id), type: file.contentType })),
    posterUrl: poster ? fileUrl(poster.id) : null,
    captions: files
      .filter(
        (file) => file.purpose === 'captions' && (file.language === 'ru' || file.language === 'en'),
      )
      .map((file) => ({ url: fileUrl(file.id), language: file.language === 'en' ? 'en' : 'ru' })),
  };
}

export async function listMaterials(db: Database, exhibitorId: string): Promise<Material[]> {
  const rows = await db
    .select({ material: t.materials, sizeBytes: t.storedFiles.sizeBytes })
    .from(t.materials)
    .leftJoin(t.storedFiles, eq(t.storedFiles.id, t.materials.fileId))
    .where(eq(t.materials.exhibitorId, exhibitorId))
    .orderBy(asc(t.materials.position), asc(t.materials.createdAt));
  return rows.map(({ material, sizeBytes }) => ({
    id: material.id,
    kind: material.kind,
    title: localized(material.titleRu, material.titleEn),
    url: material.fileId ? fileUrl(material.fileId) : (material.url ?? ''),
    sizeBytes,
  }));
}

export async function listStaff(db: Database, exhibitorId: string): Promise<StaffMember[]> {
  const rows = await db
    .select()
    .from(t.users)
    .where(and(eq(t.users.exhibitorId, exhibitorId), eq(t.users.role, 'exhibitor')))
    .orderBy(asc(t.users.displayName));
  const now = Date.now();
  return rows.map((row) => ({
    userId: row.id,
    displayName: row.displayName,
    onDuty: row.onDuty,
    online: row.lastSeenAt !== null && now - row.lastSeenAt.getTime() < ONLINE_WINDOW_MS,
  }));
}

export async function getStand(db: Database, exhibitorId: string): Promise<StandDetail | null> {
  const exhibitor = await getExhibitor(db, exhibitorId);
  if (!exhibitor) return null;
  const files = await db
    .select()
    .from(t.storedFiles)
    .where(
      and(
        eq(t.storedFiles.exhibitorId, exhibitorId),
        inArray(t.storedFiles.purpose, ['logo', 'video', 'poster', 'captions']),
      ),
    )
    .orderBy(desc(t.storedFiles.createdAt));
  const products = await db
    .select()
    .from(t.products)
    .where(eq(t.products.exhibitorId, exhibitorId))
    .orderBy(asc(t.products.position));
  const logo = files.find((file) => file.purpose === 'logo');
  return {
    exhibitor,
    logoUrl: logo ? fileUrl(logo.id) : null,
    video: videoOf(files),
    products: products.map((row) => ({
      id: row.id,
      name: localized(row.nameRu, row.nameEn),
      description: localized(row.descriptionRu, row.descriptionEn),
    })),
    materials: await listMaterials(db, exhibitorId),
    staff: await listStaff(db, exhibitorId),
  };
}
