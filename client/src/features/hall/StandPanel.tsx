/**
 * The stand, opened: a side panel with the exhibitor's card (the full stand comes later).
 * Focus moves into the panel when it opens and back where it was when it closes; Escape or the
 * close button closes it.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useExhibitor } from '../../api/queries.ts';
import { QueryState } from '../../ui/QueryState.tsx';
import { ExhibitorCard } from '../exhibitors/ExhibitorCard.tsx';

interface StandPanelProps {
  exhibitorId: string;
  onClose: () => void;
}

export function StandPanel({ exhibitorId, onClose }: StandPanelProps) {
  const { t } = useTranslation();
  const exhibitor = useExhibitor(exhibitorId);
  const close = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    close.current?.focus();
    return () => before?.focus();
  }, []);

  return (
    <aside
      className="stand-panel"
      aria-label={t('hall.standPanel')}
      data-testid="stand-panel"
      data-own-arrows
    >
      <div className="stand-panel-bar">
        <button ref={close} type="button" onClick={onClose}>
          {t('hall.leaveStand')} <kbd>Esc</kbd>
        </button>
      </div>
      <QueryState
        isPending={exhibitor.isPending}
        error={exhibitor.error}
        onRetry={() => void exhibitor.refetch()}
      >
        {exhibitor.data && (
          <>
            <ExhibitorCard exhibitor={exhibitor.data} titleLevel={2} />
            <Link to={`/exhibitors/${exhibitorId}`}>{t('hall.exhibitorPage')}</Link>
          </>
        )}
      </QueryState>
    </aside>
  );
}
