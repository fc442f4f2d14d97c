/**
 * /exhibitor/webinars/:webinarId/console: the host console of one webinar, for the staff of
 * the stand that holds it. Anyone else is told why there is nothing here: not signed in (with
 * a sign-in link that comes back), or not this stand's staff; an ended webinar says so.
 */
import { canOnStand } from '@salon/shared';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useWebinar } from '../../../api/webinars.ts';
import { QueryState } from '../../../ui/QueryState.tsx';
import { AccessNotice } from '../../dashboard/AccessNotice.tsx';
import { useAccount } from '../../dashboard/useAccount.ts';
import { HostConsole } from './HostConsole.tsx';
import '../../dashboard/dashboard.css';
import '../webinars.css';

export function WebinarConsolePage() {
  return (
    <div className="workspace">
      <ConsoleContent />
    </div>
  );
}

function ConsoleContent() {
  const { t } = useTranslation();
  const { webinarId = '' } = useParams();
  const location = useLocation();
  const account = useAccount();
  const webinar = useWebinar(webinarId);

  if (account.status === 'loading') {
    return (
      <p className="state" role="status">
        <span className="spinner" aria-hidden="true" /> {t('common.loading')}
      </p>
    );
  }
  if (account.status === 'signedOut') {
    return (
      <AccessNotice
        title={t('live.console.signInTitle')}
        text={t('live.console.signInText')}
        signInNext={location.pathname}
        endedName={account.endedName}
      />
    );
  }
  const { user } = account;
  return (
    <QueryState
      isPending={webinar.isPending}
      error={webinar.error}
      onRetry={() => void webinar.refetch()}
    >
      {webinar.data &&
        (!canOnStand(user, 'stand.webinar.host', webinar.data.exhibitorId) ? (
          <AccessNotice
            title={t('live.console.notHostTitle')}
            text={t('live.console.notHostText')}
          />
        ) : (
          <>
            <nav className="stand-crumbs" aria-label={t('stand.crumbs')}>
              <Link to="/exhibitor?section=webinars">← {t('live.console.back')}</Link>{' '}
              <Link to={`/stands/${encodeURIComponent(webinar.data.exhibitorId)}`}>
                {t('live.console.standPage')}
              </Link>
            </nav>
            <HostConsole webinar={webinar.data} />
          </>
        ))}
    </QueryState>
  );
}
