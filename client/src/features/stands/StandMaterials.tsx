/** Materials to take away: kind, title, size, download or open, and "Add to briefcase". */
import type { Material } from '@salon/shared';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/i18n.ts';
import { Heading, type HeadingLevel } from '../../ui/Heading.tsx';
import { AddToBriefcaseButton } from '../briefcase/AddToBriefcaseButton.tsx';
import { formatSize } from './formatSize.ts';
import { MaterialLink } from './MaterialLink.tsx';

export function StandMaterials({
  exhibitorId,
  materials,
  level,
}: {
  exhibitorId: string;
  materials: Material[];
  level: HeadingLevel;
}) {
  const { t } = useTranslation();
  const { locale, pick } = useLocale();
  return (
    <section className="stand-section">
      <Heading level={level}>{t('stand.materials')}</Heading>
      {materials.length === 0 ? (
        <p className="muted">{t('stand.noMaterials')}</p>
      ) : (
        <ul className="stand-materials" data-testid="stand-materials">
          {materials.map((material) => (
            <li key={material.id} data-material-id={material.id}>
              <div>
                <span className={`material-kind material-${material.kind}`}>
                  {t(`stand.kind.${material.kind}`)}
                </span>{' '}
                <strong>{pick(material.title)}</strong>
                {material.sizeBytes !== null && (
                  <span className="muted"> · {formatSize(material.sizeBytes, locale)}</span>
                )}
              </div>
              <div className="material-actions">
                <MaterialLink material={material} />
                <AddToBriefcaseButton
                  add={{ materialId: material.id }}
                  exhibitorId={exhibitorId}
                  label={t('stand.addToBriefcase')}
                  itemName={pick(material.title)}
                />
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
