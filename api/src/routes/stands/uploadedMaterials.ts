/**
 * The rows of an uploaded material, and the upload's `Idempotency-Key` that makes a retry of it
 * safe. A key is kept with the material it made, unique per stand (MATERIAL_IDEMPOTENCY_INDEX):
 * the same key again is the same upload, answered with that material. Two requests with one key
 * at the same moment both get past the look-up; the index lets one insert in, and the other is
 * told which material won, so that its caller drops the bytes it stored.
 */
import { and, eq } from 'drizzle-orm';
import { violatedUniqueIndex } from '../../db/constraintViolation.ts';
import type { Database } from '../../db/database.ts';
import * as t from '../../db/schema/index.ts';
import { MATERIAL_IDEMPOTENCY_INDEX } from '../../db/schema/stands.ts';
import { HttpProblem } from '../../plugins/problems.ts';

/** The material this stand's upload with `key` made, or null: another stand's never counts. */
export async function materialIdByUploadKey(
  db: Database,
  exhibitorId: string,
  key: string,
): Promise<string | null> {
  const [row] = await db
    .select({ id: t.materials.id })
    .from(t.materials)
    .where(and(eq(t.materials.exhibitorId, exhibitorId), eq(t.materials.idempotencyKey, key)));
  return row?.id ?? null;
}

export interface UploadedMaterial {
  exhibitorId: string;
  idempotencyKey: string | null;
  title: { ru: string; en: string };
  position: number;
  file: { storageKey: string; contentType: string; sizeBytes: number; originalName: string };
}

/**
 * Inserts the stored file's row and its material in one transaction. `created: false` when a
 * request with the same key inserted first: `materialId` is then that request's material, and
 * nothing of this one was kept.
 */
export async function insertUploadedMaterial(
  db: Database,
  upload: UploadedMaterial,
): Promise<{ materialId: string; created: boolean }> {
  const { exhibitorId, idempotencyKey, file } = upload;
  try {
    const materialId = await db.transaction(async (tx) => {
      const [fileRow] = await tx
        .insert(t.storedFiles)
        .values({ exhibitorId, purpose: 'material', ...file })
        .returning({ id: t.storedFiles.id });
      const [row] = await tx
        .insert(t.materials)
        .values({
          exhibitorId,
          kind: file.contentType === 'application/pdf' ? 'pdf' : 'image',
          titleRu: upload.title.ru,
          titleEn: upload.title.en,
          fileId: fileRow?.id ?? null,
          position: upload.position,
          idempotencyKey,
        })
        .returning({ id: t.materials.id });
      return row?.id ?? '';
    });
    return { materialId, created: true };
  } catch (error) {
    if (!idempotencyKey || violatedUniqueIndex(error) !== MATERIAL_IDEMPOTENCY_INDEX) throw error;
    const winner = await materialIdByUploadKey(db, exhibitorId, idempotencyKey);
    // The other request's material was removed in the meantime: this upload is not taken either.
    if (!winner) throw uploadAlreadyRemoved();
    return { materialId: winner, created: false };
  }
}

function uploadAlreadyRemoved(): HttpProblem {
  return new HttpProblem(
    409,
    'upload-already-removed',
    'Upload already removed',
    'This upload was stored once and has since been removed from the stand. To add the file again, choose it again.',
  );
}
