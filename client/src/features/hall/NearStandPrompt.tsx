/** The stand within reach: its name and kind, how many are there, and "Enter" (E or Enter). */
import type { ExhibitorSummary } from '@salon/shared';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/i18n.ts';
import { useHallLive } from '../../multiplayer/hallLiveStore.ts';
import { ExhibitorMark } from '../exhibitors/ExhibitorMark.tsx';

interface NearStandPromptProps {
  standId: string;
  exhibitor: ExhibitorSummary | undefined;
  onEnter: () => void;
}

export function NearStandPrompt({ standId, exhibitor, onEnter }: NearStandPromptProps) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const visitors = useHallLive((state) => state.occupancy[standId] ?? 0);
  const name = exhibitor ? pick(exhibitor.name) : standId;
  return (
    <div className="near-stand" role="status" aria-live="polite" data-testid="near-stand">
      {exhibitor && <ExhibitorMark name={name} colors={exhibitor.colors} />}
      <div>
        <strong>{name}</strong>
        <p className="muted">
          {exhibitor && t(`exhibitors.kind.${exhibitor.kind}`)}
          {visitors > 0 && ` · ${t('hall.atStand', { count: visitors })}`}
        </p>
      </div>
      <button type="button" className="primary" onClick={onEnter}>
        {t('hall.enter')} <kbd>E</kbd>
      </button>
    </div>
  );
}
