/**
 * The stands of this hall that match the search, as a keyboard-friendly list: each is a button
 * that walks the avatar to the stand (or enters it when already there).
 */
import type { ExhibitorSummary, Stand } from '@salon/shared';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/i18n.ts';
import { ExhibitorMark } from '../exhibitors/ExhibitorMark.tsx';

export interface StandEntry {
  stand: Stand;
  exhibitor: ExhibitorSummary;
}

interface StandListProps {
  entries: readonly StandEntry[];
  walkingToStandId: string | null;
  onChoose: (stand: Stand) => void;
}

export function StandList({ entries, walkingToStandId, onChoose }: StandListProps) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  if (entries.length === 0) return <p className="state">{t('map.noStands')}</p>;
  return (
    <ul className="stand-list" data-testid="stand-list">
      {entries.map(({ stand, exhibitor }) => (
        <li key={stand.id}>
          <button
            type="button"
            aria-current={walkingToStandId === stand.id ? 'location' : undefined}
            onClick={() => onChoose(stand)}
          >
            <ExhibitorMark name={pick(exhibitor.name)} colors={exhibitor.colors} />
            <span>
              <strong>{pick(exhibitor.name)}</strong>
              <small className="muted">{t(`exhibitors.kind.${exhibitor.kind}`)}</small>
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
