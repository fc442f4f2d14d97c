/**
 * The stand's materials: the list (title, kind, size), removing one after a confirmation, and
 * adding a link or an uploaded PDF or image with its title in both languages.
 */
import type { Material, StandDetail } from '@salon/shared';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useStandCache } from '../standQueries.ts';
import { AddLinkForm } from './AddLinkForm.tsx';
import { MaterialRow } from './MaterialRow.tsx';
import { UploadMaterialForm } from './UploadMaterialForm.tsx';

/** The api's limit per stand (materialRoutes MATERIALS_PER_STAND). */
const MATERIALS_MAX = 50;

export function MaterialsSection({
  exhibitorId,
  stand,
}: {
  exhibitorId: string;
  stand: StandDetail;
}) {
  const { t } = useTranslation();
  const cache = useStandCache(exhibitorId);
  const heading = useRef<HTMLHeadingElement>(null);

  const added = (material: Material) =>
    cache.change((current) => ({ ...current, materials: [...current.materials, material] }));
  const removed = (materialId: string) => {
    cache.change((current) => ({
      ...current,
      materials: current.materials.filter((item) => item.id !== materialId),
    }));
    // The row and its buttons are gone: focus goes to the list's heading, not to the page top.
    heading.current?.focus();
  };

  const full = stand.materials.length >= MATERIALS_MAX;
  return (
    <div className="dashboard-stack">
      <h2 ref={heading} tabIndex={-1}>
        {t('dashboard.materials.title')}
      </h2>
      <p className="muted">
        {t('dashboard.materials.count', { count: stand.materials.length, max: MATERIALS_MAX })}
      </p>
      {stand.materials.length === 0 ? (
        <p className="state">{t('dashboard.materials.empty')}</p>
      ) : (
        <ul className="material-list" data-testid="material-list">
          {stand.materials.map((material) => (
            <MaterialRow
              key={material.id}
              exhibitorId={exhibitorId}
              material={material}
              onRemoved={() => removed(material.id)}
            />
          ))}
        </ul>
      )}
      {full ? (
        <p className="warning">{t('dashboard.materials.full', { max: MATERIALS_MAX })}</p>
      ) : (
        <div className="material-forms">
          <AddLinkForm exhibitorId={exhibitorId} onAdded={added} />
          <UploadMaterialForm exhibitorId={exhibitorId} onAdded={added} />
        </div>
      )}
    </div>
  );
}
