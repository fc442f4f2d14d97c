/** Changes an exhibitor makes to its stand. */
import type { ProductInputSchema, StandUpdate } from '@salon/shared';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Database } from '../../db/database.ts';
import * as t from '../../db/schema/index.ts';
import { searchTextOf } from '../../db/searchText.ts';

export async function updateStandCard(
  db: Database,
  exhibitorId: string,
  update: StandUpdate,
): Promise<void> {
  await db.transaction(async (tx) => {
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
}

export async function replaceProducts(
  db: Database,
  exhibitorId: string,
  products: ReadonlyArray<z.infer<typeof ProductInputSchema>>,
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(t.products).where(eq(t.products.exhibitorId, exhibitorId));
    if (products.length === 0) return;
    await tx.insert(t.products).values(
      products.map((product, position) => ({
        exhibitorId,
        nameRu: product.name.ru,
        nameEn: product.name.en,
        descriptionRu: product.description.ru,
        descriptionEn: product.description.en,
        position,
      })),
    );
  });
}
