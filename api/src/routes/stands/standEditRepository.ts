/** Changes an exhibitor makes to its stand: its card, products and staff. */
import type { ProductInputSchema, StandUpdate } from '@salon/shared';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { productRows } from '../../db/productRows.ts';
import * as t from '../../db/schema/index.ts';
import { searchTextOf } from '../../db/searchText.ts';
import { orNameTaken } from '../exhibitors/exhibitorNameTaken.ts';

export async function updateStandCard(
  db: Database,
  exhibitorId: string,
  update: StandUpdate,
): Promise<void> {
  const written = db.transaction(async (tx) => {
    const [current] = await tx.select().from(t.exhibitors).where(eq(t.exhibitors.id, exhibitorId));
    if (!current) return;
    const next = {
      nameRu: update.name?.ru ?? current.nameRu,
      nameEn: update.name?.en ?? current.nameEn,
      descriptionRu: update.description?.ru ?? current.descriptionRu,
      descriptionEn: update.description?.en ?? current.descriptionEn,
      colorPrimary: update.colors?.primary ?? current.colorPrimary,
      colorAccent: update.colors?.accent ?? current.colorAccent,
      website: update.contacts ? update.contacts.website : current.website,
      email: update.contacts ? update.contacts.email : current.email,
      phone: update.contacts ? update.contacts.phone : current.phone,
    };
    await tx
      .update(t.exhibitors)
      .set({
        ...next,
        searchText: searchTextOf(next.nameRu, next.nameEn, next.descriptionRu, next.descriptionEn),
      })
      .where(eq(t.exhibitors.id, exhibitorId));
  });
  // A new name another exhibitor has is a 409, as when an organiser adds one.
  await orNameTaken(written);
}

export async function replaceProducts(
  db: Database,
  exhibitorId: string,
  products: ReadonlyArray<z.infer<typeof ProductInputSchema>>,
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(t.products).where(eq(t.products.exhibitorId, exhibitorId));
    if (products.length === 0) return;
    await tx.insert(t.products).values(productRows(exhibitorId, products));
  });
}

export type StaffRemoval = 'removed' | 'notStaff' | 'lastStaff';

/**
 * Takes a person off the stand's staff: they stay a user, as a visitor, so their chat history and
 * briefcase stay theirs. The staff rows are locked while counting, so two staff members removing
 * each other at once cannot leave the stand with nobody. `keepOne`: refuse to remove the last.
 */
export async function removeStaffMember(
  db: Database,
  exhibitorId: string,
  userId: string,
  keepOne: boolean,
): Promise<StaffRemoval> {
  return db.transaction(async (tx) => {
    const staff = await tx
      .select({ id: t.users.id })
      .from(t.users)
      .where(and(eq(t.users.exhibitorId, exhibitorId), eq(t.users.role, 'exhibitor')))
      .for('update');
    if (!staff.some((member) => member.id === userId)) return 'notStaff';
    if (keepOne && staff.length <= 1) return 'lastStaff';
    await tx
      .update(t.users)
      .set({ role: 'visitor', exhibitorId: null, onDuty: false })
      .where(eq(t.users.id, userId));
    return 'removed';
  });
}
