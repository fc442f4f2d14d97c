/** A stand's products as rows of the products table, in the order given. */
import type { LocalizedText } from '@salon/shared';
import type * as t from './schema/index.ts';

interface ProductText {
  name: LocalizedText;
  description: LocalizedText;
}

export function productRows(
  exhibitorId: string,
  products: readonly ProductText[],
): (typeof t.products.$inferInsert)[] {
  return products.map((product, position) => ({
    exhibitorId,
    nameRu: product.name.ru,
    nameEn: product.name.en,
    descriptionRu: product.description.ru,
    descriptionEn: product.description.en,
    position,
  }));
}
