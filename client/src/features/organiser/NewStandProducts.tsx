/**
 * The new exhibitor's products and services: rows added, changed, moved and removed with the
 * dashboard's own product editor, so they read the same there later. Focus stays with what the
 * person acted on: a new row's first field, a moved row's button, the next row after a removal.
 */
import { PRODUCTS_MAX } from '@salon/shared';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../dashboard/fieldErrors.ts';
import { ProductEditor, productFieldId } from '../dashboard/products/ProductEditor.tsx';
import {
  addProduct,
  moveProduct,
  removeProduct,
  updateProduct,
  type ProductDraft,
} from '../dashboard/products/productList.ts';
import { useFocusAfterRender } from './useFocusAfterRender.ts';

const ADD_ID = 'new-exhibitor-products-add';

interface NewStandProductsProps {
  value: readonly ProductDraft[];
  errors: FieldErrors;
  onChange: (products: ProductDraft[]) => void;
}

export function NewStandProducts({ value, errors, onChange }: NewStandProductsProps) {
  const { t } = useTranslation();
  const nextKey = useRef(0);
  const focusAfterRender = useFocusAfterRender();
  const full = value.length >= PRODUCTS_MAX;

  function change(next: ProductDraft[], focus: readonly string[] = []) {
    focusAfterRender(focus);
    onChange(next);
  }

  return (
    <fieldset>
      <legend>{t('organiser.create.products')}</legend>
      <p className="muted" id="new-exhibitor-products-hint">
        {t('organiser.create.productsHint', { max: PRODUCTS_MAX })}
      </p>
      {value.length > 0 && (
        <ol className="product-list">
          {value.map((item, index) => (
            <ProductEditor
              key={item.key}
              item={item}
              index={index}
              count={value.length}
              errors={errors}
              onChange={(edit) => change(updateProduct(value, item.key, edit))}
              onMove={(offset) => {
                // At the top or bottom the pressed button turns disabled: the other takes focus.
                const [pressed, other] = offset < 0 ? ['up', 'down'] : ['down', 'up'];
                change(moveProduct(value, item.key, offset), [
                  `product-${item.key}-${pressed}`,
                  `product-${item.key}-${other}`,
                ]);
              }}
              onRemove={() => {
                const next = value[index + 1] ?? value[index - 1];
                change(removeProduct(value, item.key), [
                  ...(next ? [`product-${next.key}-remove`] : []),
                  ADD_ID,
                ]);
              }}
            />
          ))}
        </ol>
      )}
      {errors['products'] && <p className="field-error">{errors['products']}</p>}
      {full && <p className="muted">{t('organiser.create.productsFull', { max: PRODUCTS_MAX })}</p>}
      <button
        id={ADD_ID}
        type="button"
        disabled={full}
        aria-describedby="new-exhibitor-products-hint"
        onClick={() => {
          nextKey.current += 1;
          change(addProduct(value, `new-${String(nextKey.current)}`), [
            `${productFieldId(`products.${String(value.length)}.name`)}-ru`,
          ]);
        }}
      >
        {t('organiser.create.addProduct')}
      </button>
    </fieldset>
  );
}
