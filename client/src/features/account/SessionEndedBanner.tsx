/**
 * Says so when an account's session has ended (expired, signed out on another device): the
 * visitor is a guest now and is asked to sign in again to get their briefcase back.
 */
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useSessionStore } from '../../session/sessionStore.ts';

export function SessionEndedBanner() {
  const { t } = useTranslation();
  const ended = useSessionStore((state) => state.ended);
  const apply = useSessionStore((state) => state.apply);
  const { pathname } = useLocation();
  if (!ended || pathname === '/signin') return null;
  return (
    <div className="session-ended" role="alert">
      <p>{t('account.ended', { name: ended.displayName })}</p>
      <Link to={`/signin?next=${encodeURIComponent(pathname)}`}>{t('account.signInAgain')}</Link>
      <button type="button" className="link-button" onClick={() => apply({ type: 'dismissEnded' })}>
        {t('account.dismiss')}
      </button>
    </div>
  );
}
