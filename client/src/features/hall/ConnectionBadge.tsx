/** The hall connection's state in plain words, with a retry when offline. */
import { useTranslation } from 'react-i18next';
import { useHallLive } from '../../multiplayer/hallLiveStore.ts';

export function ConnectionBadge({ onRetry }: { onRetry: (() => void) | null }) {
  const { t } = useTranslation();
  const status = useHallLive((state) => state.status);
  const problem = useHallLive((state) => state.problem);
  const population = useHallLive((state) => state.population);
  return (
    <div
      className={`connection connection-${status}`}
      role="status"
      aria-live="polite"
      data-testid="connection-status"
      data-status={status}
    >
      <span className="connection-dot" aria-hidden="true" />
      <span>{t(`hall.status.${status}`)}</span>
      {status === 'connected' && population > 0 && (
        <span className="muted">{t('hall.population', { count: population })}</span>
      )}
      {problem && status !== 'connected' && (
        <span className="connection-problem">{t(`hall.problem.${problem}`)}</span>
      )}
      {status === 'offline' && onRetry && (
        <button type="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
