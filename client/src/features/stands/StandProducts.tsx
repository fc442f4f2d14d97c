/** The exhibitor's products and services. */
import type { Product } from '@salon/shared';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/i18n.ts';
import { Heading, type HeadingLevel } from '../../ui/Heading.tsx';

export function StandProducts({ products, level }: { products: Product[]; level: HeadingLevel }) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  return (
    <section className="stand-section">
      <Heading level={level}>{t('stand.products')}</Heading>
      {products.length === 0 ? (
        <p className="muted">{t('stand.noProducts')}</p>
      ) : (
        <ul className="stand-products">
          {products.map((product) => (
            <li key={product.id}>
              <strong>{pick(product.name)}</strong>
              <p>{pick(product.description)}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
