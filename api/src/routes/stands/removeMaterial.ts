/**
 * Removing a material from a stand, in one transaction: visitors' briefcase entries of it become
 * "removed" entries with its title, the material row goes, and its stored file is marked removed
 * (a download then answers 410). The caller deletes the file's bytes after the commit.
 */
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import * as t from '../../db/schema/index.ts';
import { markMaterialRemoved } from '../briefcase/briefcaseRepository.ts';

/** Null when the stand has no such material; otherwise where its bytes are, if it has a file. */
export async function removeMaterial(
  db: Database,
  exhibitorId: string,
  materialId: string,
): Promise<{ storageKey: string | null } | null> {
  return db.transaction(async (tx) => {
    // Locked first: a visitor adding it now waits, then finds no material, and every entry
    // that made it in before is marked below instead of vanishing with the row.
    const [material] = await tx
      .select()
      .from(t.materials)
      .where(and(eq(t.materials.id, materialId), eq(t.materials.exhibitorId, exhibitorId)))
      .for('update');
    if (!material) return null;
    const removedAt = new Date();
    await markMaterialRemoved(tx, material, removedAt);
    await tx.delete(t.materials).where(eq(t.materials.id, material.id));
    if (!material.fileId) return { storageKey: null };
    const [file] = await tx
      .update(t.storedFiles)
      .set({ removedAt })
      .where(eq(t.storedFiles.id, material.fileId))
      .returning({ storageKey: t.storedFiles.storageKey });
    return { storageKey: file?.storageKey ?? null };
  });
}
