/** Loading, error (with retry) and empty states shared by every list and page. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/apiClient.ts';

interface QueryStateProps {
  isPending: boolean;
  error: Error | null;
  isEmpty?: boolean;
  onRetry: () => void;
  children: ReactNode;
}

export function QueryState({ isPending, error, isEmpty, onRetry, children }: QueryStateProps) {
  const { t } = useTranslation();
  if (isPending) {
    return (
      <p className="state" role="status" aria-live="polite">
        <span className="spinner" aria-hidden="true" /> {t('common.loading')}
      </p>
    );
  }
  if (error) {
    const message =
      error instanceof ApiError && error.status === 0
        ? t('common.network')
        : error instanceof ApiError && error.status < 500
          ? error.message
          : t('common.error');
    return (
      <div className="state state-error" role="alert">
        <p>{message}</p>
        <button type="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  if (isEmpty) return <p className="state">{t('common.notFound')}</p>;
  return <>{children}</>;
}
