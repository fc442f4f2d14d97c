/** Why signing in costs a guest nothing: what they collected moves into the account. */
import { useTranslation } from 'react-i18next';

export function KeepsCollected() {
  const { t } = useTranslation();
  return (
    <aside className="account-keeps">
      <h2>{t('account.keepsTitle')}</h2>
      <p>{t('account.keepsText')}</p>
    </aside>
  );
}
