/**
 * The products-and-services list as the dashboard edits it before saving: add, change, remove
 * and move items. The api replaces the list whole, so edits stay local until Save. Every item
 * keeps a local key for React while it moves; saved products start with their api id as key.
 * Functions return a new list and never change the one given.
 */
import { PRODUCTS_MAX, type Product } from '@salon/shared';
import type { ProductInput } from '../../../api/dashboard.ts';

/** The api's limit (ProductListInputSchema), for the lists that add products. */
export { PRODUCTS_MAX };

export interface ProductDraft extends ProductInput {
  key: string;
}

export function draftsFromProducts(products: readonly Product[]): ProductDraft[] {
  return products.map((product) => ({
    key: product.id,
    name: { ...product.name },
    description: { ...product.description },
  }));
}

/** Adds an empty product at the end, unless the list is full. */
export function addProduct(list: readonly ProductDraft[], key: string): ProductDraft[] {
  if (list.length >= PRODUCTS_MAX) return [...list];
  return [...list, { key, name: { ru: '', en: '' }, description: { ru: '', en: '' } }];
}

export function removeProduct(list: readonly ProductDraft[], key: string): ProductDraft[] {
  return list.filter((item) => item.key !== key);
}

export function updateProduct(
  list: readonly ProductDraft[],
  key: string,
  change: (item: ProductDraft) => ProductDraft,
): ProductDraft[] {
  return list.map((item) => (item.key === key ? change(item) : item));
}

/** Moves an item one place up (-1) or down (+1); at either end it stays where it is. */
export function moveProduct(
  list: readonly ProductDraft[],
  key: string,
  offset: -1 | 1,
): ProductDraft[] {
  const from = list.findIndex((item) => item.key === key);
  const to = from + offset;
  const next = [...list];
  if (from < 0 || to < 0 || to >= list.length) return next;
  const [item] = next.splice(from, 1);
  if (item) next.splice(to, 0, item);
  return next;
}

/** What the api takes: trimmed texts, no local keys. */
export function productInputs(list: readonly ProductDraft[]): ProductInput[] {
  return list.map(({ name, description }) => ({
    name: { ru: name.ru.trim(), en: name.en.trim() },
    description: { ru: description.ru.trim(), en: description.en.trim() },
  }));
}

/** True when saving `list` would change what `saved` holds. */
export function productsChanged(saved: readonly Product[], list: readonly ProductDraft[]): boolean {
  const before = productInputs(draftsFromProducts(saved));
  return JSON.stringify(before) !== JSON.stringify(productInputs(list));
}
