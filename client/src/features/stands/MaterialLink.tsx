/**
 * How to take a material: a file (PDF, image) downloads from the api as an attachment; a link
 * opens in a new tab, without giving that page a handle on ours (noopener noreferrer).
 */
import type { Material } from '@salon/shared';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/i18n.ts';

export function MaterialLink({ material }: { material: Material }) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const title = pick(material.title);
  if (material.kind === 'link') {
    return (
      <a href={material.url} target="_blank" rel="noopener noreferrer">
        {t('stand.openLink')}
        <span className="visually-hidden">
          : {title} {t('stand.newTab')}
        </span>
      </a>
    );
  }
  return (
    <a href={material.url} download>
      {t('stand.download')}
      <span className="visually-hidden">: {title}</span>
    </a>
  );
}
