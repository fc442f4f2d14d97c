import type { Product } from '@salon/shared';
import { describe, expect, it } from 'vitest';
import {
  PRODUCTS_MAX,
  addProduct,
  draftsFromProducts,
  moveProduct,
  productInputs,
  productsChanged,
  removeProduct,
  updateProduct,
} from './productList.ts';

const product = (id: string, en: string): Product => ({
  id,
  name: { ru: `Р ${en}`, en },
  description: { ru: 'описание', en: 'description' },
});
const saved = [product('p1', 'One'), product('p2', 'Two'), product('p3', 'Three')];
const names = (list: ReturnType<typeof draftsFromProducts>) => list.map((item) => item.name.en);

describe('draftsFromProducts', () => {
  it('keys saved products by their id', () => {
    expect(draftsFromProducts(saved).map((item) => item.key)).toEqual(['p1', 'p2', 'p3']);
  });
});

describe('addProduct', () => {
  it('adds an empty product at the end', () => {
    const list = addProduct(draftsFromProducts(saved), 'new-1');
    expect(list).toHaveLength(4);
    expect(list[3]).toEqual({
      key: 'new-1',
      name: { ru: '', en: '' },
      description: { ru: '', en: '' },
    });
  });

  it('adds nothing to a full list', () => {
    let list = draftsFromProducts([]);
    for (let n = 0; n < PRODUCTS_MAX + 3; n += 1) list = addProduct(list, `k${n}`);
    expect(list).toHaveLength(PRODUCTS_MAX);
  });
});

describe('removeProduct', () => {
  it('removes the product with that key only', () => {
    expect(names(removeProduct(draftsFromProducts(saved), 'p2'))).toEqual(['One', 'Three']);
  });

  it('leaves the list as it was for an unknown key', () => {
    expect(names(removeProduct(draftsFromProducts(saved), 'nope'))).toEqual([
      'One',
      'Two',
      'Three',
    ]);
  });
});

describe('moveProduct', () => {
  it('moves a product up and down by one place', () => {
    const list = draftsFromProducts(saved);
    expect(names(moveProduct(list, 'p3', -1))).toEqual(['One', 'Three', 'Two']);
    expect(names(moveProduct(list, 'p1', 1))).toEqual(['Two', 'One', 'Three']);
  });

  it('keeps the first item first when moved up and the last last when moved down', () => {
    const list = draftsFromProducts(saved);
    expect(names(moveProduct(list, 'p1', -1))).toEqual(['One', 'Two', 'Three']);
    expect(names(moveProduct(list, 'p3', 1))).toEqual(['One', 'Two', 'Three']);
  });

  it('does not change the list it was given', () => {
    const list = draftsFromProducts(saved);
    moveProduct(list, 'p1', 1);
    expect(names(list)).toEqual(['One', 'Two', 'Three']);
  });
});

describe('updateProduct', () => {
  it('changes one product', () => {
    const list = updateProduct(draftsFromProducts(saved), 'p2', (item) => ({
      ...item,
      name: { ...item.name, en: 'Deux' },
    }));
    expect(names(list)).toEqual(['One', 'Deux', 'Three']);
  });
});

describe('productInputs', () => {
  it('drops the keys and trims the texts', () => {
    const list = updateProduct(draftsFromProducts([saved[0] as Product]), 'p1', (item) => ({
      ...item,
      name: { ru: ' Один ', en: 'One ' },
    }));
    expect(productInputs(list)).toEqual([
      { name: { ru: 'Один', en: 'One' }, description: { ru: 'описание', en: 'description' } },
    ]);
  });
});

describe('productsChanged', () => {
  it('is false for the saved list and true after a move', () => {
    const list = draftsFromProducts(saved);
    expect(productsChanged(saved, list)).toBe(false);
    expect(productsChanged(saved, moveProduct(list, 'p2', 1))).toBe(true);
    expect(productsChanged(saved, removeProduct(list, 'p2'))).toBe(true);
  });
});
