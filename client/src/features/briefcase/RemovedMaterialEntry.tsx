/**
 * A briefcase entry for a material its exhibitor removed after the visitor took it: its kind
 * and title as they were, who removed it, a way to the stand to look for a newer version, and
 * Dismiss. There is nothing to download any more, so no link to the old file.
 */
import type { BriefcaseItem } from '@salon/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../../i18n/i18n.ts';
import { RemoveButton } from './RemoveButton.tsx';

interface RemovedMaterialEntryProps {
  item: BriefcaseItem;
  /** The item's `removedMaterial`, known to be set. */
  removed: NonNullable<BriefcaseItem['removedMaterial']>;
  onRemoved: (title: string) => void;
}

export function RemovedMaterialEntry({ item, removed, onRemoved }: RemovedMaterialEntryProps) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const title = pick(removed.title);
  const stand = pick(item.exhibitor.name);
  return (
    <li className="briefcase-material briefcase-removed" data-removed-material>
      <div>
        <span className={`material-kind material-${removed.kind}`}>
          {t(`stand.kind.${removed.kind}`)}
        </span>{' '}
        <strong>{title}</strong>
      </div>
      <p className="briefcase-removed-note">{t('briefcase.removedByExhibitor', { stand })}</p>
      <div className="material-actions">
        <Link to={`/stands/${encodeURIComponent(item.exhibitor.id)}`}>
          {t('briefcase.lookForNewer')}
          <span className="visually-hidden">: {stand}</span>
        </Link>
        <RemoveButton
          itemId={item.id}
          name={title}
          label={t('briefcase.dismiss')}
          onRemoved={onRemoved}
        />
      </div>
    </li>
  );
}
