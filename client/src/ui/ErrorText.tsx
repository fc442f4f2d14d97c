/**
 * One failed action, said in the interface's language: no connection, too many requests, an
 * account's session that ended (with a way to sign in again), or the api's own sentence.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../api/apiClient.ts';
import { SessionEndedError } from '../session/withSession.ts';
import './forms.css';

export function ErrorText({ error }: { error: Error }) {
  const { t } = useTranslation();
  if (error instanceof SessionEndedError) {
    return (
      <span className="error-text" role="alert">
        {t('account.problem.sessionEnded')} <Link to="/signin">{t('account.signInAgain')}</Link>
      </span>
    );
  }
  let message = t('common.error');
  if (error instanceof ApiError && error.status === 0) message = t('common.network');
  else if (error instanceof ApiError && error.status === 429)
    message = t('account.problem.tooMany');
  else if (error instanceof ApiError && error.status < 500) message = error.message;
  return (
    <span className="error-text" role="alert">
      {message}
    </span>
  );
}
