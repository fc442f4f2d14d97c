/** One product or service in the editable list: names and descriptions in both languages. */
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../fieldErrors.ts';
import { LocalizedFields } from '../LocalizedFields.tsx';
import type { ProductDraft } from './productList.ts';

/** The id of the field an error path names (`products.2.name.en`), for moving focus to it. */
export const productFieldId = (path: string) => `product-field-${path.replaceAll('.', '-')}`;

interface ProductEditorProps {
  item: ProductDraft;
  index: number;
  count: number;
  errors: FieldErrors;
  onChange: (change: (item: ProductDraft) => ProductDraft) => void;
  onMove: (offset: -1 | 1) => void;
  onRemove: () => void;
}

export function ProductEditor({
  item,
  index,
  count,
  errors,
  onChange,
  onMove,
  onRemove,
}: ProductEditorProps) {
  const { t } = useTranslation();
  const number = index + 1;
  const label =
    item.name.ru.trim() || item.name.en.trim() || t('dashboard.products.numbered', { number });
  const path = `products.${index}`;
  return (
    <li className="product-editor">
      <fieldset>
        <legend>{t('dashboard.products.numbered', { number })}</legend>
        <LocalizedFields
          legend={t('dashboard.card.name')}
          fieldLabel={t('dashboard.products.name', { number })}
          idPrefix={productFieldId(`${path}.name`)}
          value={item.name}
          maxLength={200}
          onChange={(name) => onChange((current) => ({ ...current, name }))}
          errors={{ ru: errors[`${path}.name.ru`], en: errors[`${path}.name.en`] }}
        />
        <LocalizedFields
          legend={t('dashboard.card.description')}
          fieldLabel={t('dashboard.products.description', { number })}
          idPrefix={productFieldId(`${path}.description`)}
          value={item.description}
          multiline
          rows={3}
          onChange={(description) => onChange((current) => ({ ...current, description }))}
          errors={{
            ru: errors[`${path}.description.ru`],
            en: errors[`${path}.description.en`],
          }}
        />
        <div className="form-actions">
          <button
            id={`product-${item.key}-up`}
            type="button"
            disabled={index === 0}
            aria-label={t('dashboard.products.moveUp', { name: label })}
            onClick={() => onMove(-1)}
          >
            ↑ {t('dashboard.products.up')}
          </button>
          <button
            id={`product-${item.key}-down`}
            type="button"
            disabled={index === count - 1}
            aria-label={t('dashboard.products.moveDown', { name: label })}
            onClick={() => onMove(1)}
          >
            ↓ {t('dashboard.products.down')}
          </button>
          <button
            id={`product-${item.key}-remove`}
            type="button"
            className="danger"
            aria-label={t('dashboard.products.removeNamed', { name: label })}
            onClick={onRemove}
          >
            {t('dashboard.products.remove')}
          </button>
        </div>
      </fieldset>
    </li>
  );
}
