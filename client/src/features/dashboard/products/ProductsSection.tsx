/**
 * Products and services: an editable list (add, change, remove, move up and down) saved whole.
 * Focus stays with what the person acted on: a moved item's button, the next item after a
 * removal, a new item's first field.
 */
import { ProductListInputSchema, type StandDetail } from '@salon/shared';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/apiClient.ts';
import { replaceProducts, type ProductInput } from '../../../api/dashboard.ts';
import { withSession } from '../../../session/withSession.ts';
import { fieldErrorsFrom, issueErrors, type FieldErrors } from '../fieldErrors.ts';
import { ProblemMessage } from '../ProblemMessage.tsx';
import { useStandCache } from '../standQueries.ts';
import { ProductEditor, productFieldId } from './ProductEditor.tsx';
import {
  PRODUCTS_MAX,
  addProduct,
  draftsFromProducts,
  moveProduct,
  productInputs,
  productsChanged,
  removeProduct,
  updateProduct,
  type ProductDraft,
} from './productList.ts';

export function ProductsSection({
  exhibitorId,
  stand,
}: {
  exhibitorId: string;
  stand: StandDetail;
}) {
  const { t } = useTranslation();
  const cache = useStandCache(exhibitorId);
  const [list, setList] = useState(() => draftsFromProducts(stand.products));
  const [errors, setErrors] = useState<FieldErrors>({});
  const nextKey = useRef(0);
  /** Ids to focus after the next render, the first one that can take focus. */
  const pendingFocus = useRef<readonly string[]>([]);

  useEffect(() => {
    if (pendingFocus.current.length === 0) return;
    const target = pendingFocus.current
      .map((id) => document.getElementById(id))
      .find((element) => element && !(element as HTMLButtonElement).disabled);
    pendingFocus.current = [];
    target?.focus();
  });

  const save = useMutation({
    mutationFn: (products: ProductInput[]) =>
      withSession((token) => replaceProducts(exhibitorId, products, { token })),
    onSuccess: (saved) => {
      cache.set(saved);
      setList(draftsFromProducts(saved.products));
    },
    onError: (error) => {
      if (error instanceof ApiError) setErrors(fieldErrorsFrom(error.errors));
    },
  });

  function edit(next: ProductDraft[], focus: readonly string[] = []) {
    setList(next);
    pendingFocus.current = focus;
    if (save.isSuccess || save.isError) save.reset();
  }

  function submit(event: SyntheticEvent) {
    event.preventDefault();
    const products = productInputs(list);
    const checked = ProductListInputSchema.safeParse({ products });
    if (!checked.success) {
      const found = issueErrors(checked.error.issues, t('dashboard.required'));
      setErrors(found);
      const first = Object.keys(found)[0];
      if (first) document.getElementById(productFieldId(first))?.focus();
      return;
    }
    setErrors({});
    save.mutate(checked.data.products);
  }

  const changed = productsChanged(stand.products, list);
  return (
    <form className="dashboard-stack" onSubmit={submit} noValidate>
      <h2>{t('dashboard.products.title')}</h2>
      <p className="muted">{t('dashboard.products.lead', { max: PRODUCTS_MAX })}</p>
      {list.length === 0 && <p className="state">{t('dashboard.products.empty')}</p>}
      <ol className="product-list">
        {list.map((item, index) => (
          <ProductEditor
            key={item.key}
            item={item}
            index={index}
            count={list.length}
            errors={errors}
            onChange={(change) => edit(updateProduct(list, item.key, change))}
            onMove={(offset) => {
              // At the top or bottom the pressed button turns disabled: the other one takes focus.
              const [pressed, other] = offset < 0 ? ['up', 'down'] : ['down', 'up'];
              edit(moveProduct(list, item.key, offset), [
                `product-${item.key}-${pressed}`,
                `product-${item.key}-${other}`,
              ]);
            }}
            onRemove={() => {
              const next = list[index + 1] ?? list[index - 1];
              edit(removeProduct(list, item.key), [
                ...(next ? [`product-${next.key}-remove`] : []),
                'products-add',
              ]);
            }}
          />
        ))}
      </ol>
      <div className="form-actions">
        <button
          id="products-add"
          type="button"
          disabled={list.length >= PRODUCTS_MAX}
          onClick={() => {
            nextKey.current += 1;
            const key = `new-${nextKey.current}`;
            edit(addProduct(list, key), [`${productFieldId(`products.${list.length}.name`)}-ru`]);
          }}
        >
          {t('dashboard.products.add')}
        </button>
        <button type="submit" className="primary" disabled={!changed || save.isPending}>
          {t('dashboard.products.save')}
        </button>
        <button
          type="button"
          disabled={!changed || save.isPending}
          onClick={() => {
            setList(draftsFromProducts(stand.products));
            setErrors({});
          }}
        >
          {t('dashboard.discard')}
        </button>
        <p className="form-status" role="status" aria-live="polite">
          {save.isPending
            ? t('dashboard.saving')
            : save.isSuccess
              ? t('dashboard.saved')
              : changed
                ? t('dashboard.unsaved')
                : ''}
        </p>
      </div>
      {save.isError && <ProblemMessage error={save.error} />}
    </form>
  );
}
