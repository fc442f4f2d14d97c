/**
 * While the host is live, leaving the page asks first: moving elsewhere in the app shows a
 * dialog (stay, or leave with the webinar still open), closing or reloading the tab gets the
 * browser's own question. Leaving disconnects the host; the webinar stays live until ended.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';

export function LeaveGuard({ active }: { active: boolean }) {
  const { t } = useTranslation();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      active && currentLocation.pathname !== nextLocation.pathname,
  );
  const stay = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!active) return;
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [active]);

  const blocked = blocker.state === 'blocked';
  useEffect(() => {
    if (blocked) stay.current?.focus();
  }, [blocked]);

  if (!blocked) return null;
  return (
    <div className="leave-dialog">
      <div
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="leave-title"
        aria-describedby="leave-text"
        onKeyDown={(event) => {
          if (event.key === 'Escape') blocker.reset();
        }}
      >
        <h2 id="leave-title">{t('live.console.leaveTitle')}</h2>
        <p id="leave-text">{t('live.console.leaveText')}</p>
        <div className="form-actions">
          <button ref={stay} type="button" className="primary" onClick={() => blocker.reset()}>
            {t('live.console.stay')}
          </button>
          <button type="button" onClick={() => blocker.proceed()}>
            {t('live.console.leaveAnyway')}
          </button>
        </div>
      </div>
    </div>
  );
}
