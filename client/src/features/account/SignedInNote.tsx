/** Shown on /signin and /register to someone already signed in: who, and a way out. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { signOut } from '../../session/accountSession.ts';
import { useSessionStore } from '../../session/sessionStore.ts';

export function SignedInNote() {
  const { t } = useTranslation();
  const user = useSessionStore((state) => state.user);
  const [failed, setFailed] = useState(false);
  if (!user) return null;
  return (
    <div className="account-form">
      <p>{t('account.signedInAs', { name: user.displayName, email: user.email ?? '' })}</p>
      <p>
        <Link to="/briefcase">{t('briefcase.title')}</Link>
      </p>
      <button type="button" onClick={() => void signOut().catch(() => setFailed(true))}>
        {t('account.signOut')}
      </button>
      {failed && (
        <p className="field-error" role="alert">
          {t('account.signOutFailed')}
        </p>
      )}
    </div>
  );
}
