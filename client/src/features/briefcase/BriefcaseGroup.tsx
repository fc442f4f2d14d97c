/**
 * One exhibitor's part of the briefcase: its contacts card, then its materials, and a note in
 * place of each material the exhibitor has since removed.
 */
import type { BriefcaseItem } from '@salon/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../../i18n/i18n.ts';
import { ContactList } from '../stands/ContactList.tsx';
import { formatSize } from '../stands/formatSize.ts';
import { MaterialLink } from '../stands/MaterialLink.tsx';
import type { ExhibitorGroup } from './groupByExhibitor.ts';
import { RemovedMaterialEntry } from './RemovedMaterialEntry.tsx';
import { RemoveButton } from './RemoveButton.tsx';

interface BriefcaseGroupProps {
  group: ExhibitorGroup;
  onRemoved: (title: string) => void;
}

export function BriefcaseGroup({ group, onRemoved }: BriefcaseGroupProps) {
  const { t } = useTranslation();
  const { locale, pick } = useLocale();
  const name = pick(group.exhibitor.name);
  const materialTitle = (item: BriefcaseItem) => (item.material ? pick(item.material.title) : '');
  return (
    <section className="briefcase-group" data-exhibitor-id={group.exhibitor.id}>
      <h2>
        <Link to={`/stands/${encodeURIComponent(group.exhibitor.id)}`}>{name}</Link>
      </h2>
      <ul className="briefcase-items">
        {group.contacts?.contacts && (
          <li className="briefcase-contacts">
            <strong>{t('briefcase.contacts')}</strong>
            <ContactList contacts={group.contacts.contacts} />
            <RemoveButton
              itemId={group.contacts.id}
              name={t('briefcase.contactsOf', { name })}
              onRemoved={onRemoved}
            />
          </li>
        )}
        {group.materials.map((item) => {
          if (item.removedMaterial) {
            return (
              <RemovedMaterialEntry
                key={item.id}
                item={item}
                removed={item.removedMaterial}
                onRemoved={onRemoved}
              />
            );
          }
          return item.material ? (
            <li key={item.id} className="briefcase-material">
              <div>
                <span className={`material-kind material-${item.material.kind}`}>
                  {t(`stand.kind.${item.material.kind}`)}
                </span>{' '}
                <strong>{materialTitle(item)}</strong>
                {item.material.sizeBytes !== null && (
                  <span className="muted"> · {formatSize(item.material.sizeBytes, locale)}</span>
                )}
              </div>
              <div className="material-actions">
                <MaterialLink material={item.material} />
                <RemoveButton itemId={item.id} name={materialTitle(item)} onRemoved={onRemoved} />
              </div>
            </li>
          ) : null;
        })}
      </ul>
    </section>
  );
}
