/**
 * The stand, opened in the hall: a side panel with the whole stand in its compact layout (the
 * same components as the stand page), and a link to that page. Focus moves into the panel when
 * it opens and back where it was when it closes; Escape or the close button closes it.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../../ui/QueryState.tsx';
import { useStand } from '../stands/standQueries.ts';
import { StandView } from '../stands/StandView.tsx';

interface StandPanelProps {
  exhibitorId: string;
  onClose: () => void;
}

export function StandPanel({ exhibitorId, onClose }: StandPanelProps) {
  const { t } = useTranslation();
  const stand = useStand(exhibitorId);
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
        <Link to={`/stands/${encodeURIComponent(exhibitorId)}`}>{t('stand.openPage')}</Link>
        <button ref={close} type="button" onClick={onClose}>
          {t('hall.leaveStand')} <kbd>Esc</kbd>
        </button>
      </div>
      <QueryState
        isPending={stand.isPending}
        error={stand.error}
        onRetry={() => void stand.refetch()}
      >
        {stand.data && <StandView stand={stand.data} compact />}
      </QueryState>
    </aside>
  );
}
