/**
 * /exhibitor: the exhibitor's own dashboard. Staff of an exhibitor run their stand; organisers
 * pick any exhibitor (?exhibitor=e001). Anyone else is told why there is nothing here: not
 * signed in (with a sign-in link that comes back), or signed in but not staff of a stand.
 */
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AccessNotice } from './AccessNotice.tsx';
import { ExhibitorPicker } from './ExhibitorPicker.tsx';
import { StandDashboard } from './StandDashboard.tsx';
import { useAccount } from './useAccount.ts';
import './dashboard.css';

export function DashboardPage() {
  return (
    <div className="workspace">
      <DashboardContent />
    </div>
  );
}

function DashboardContent() {
  const { t } = useTranslation();
  const account = useAccount();
  const [params, setParams] = useSearchParams();

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
        title={t('dashboard.access.signInTitle')}
        text={t('dashboard.access.signInText')}
        signInNext="/exhibitor"
        endedName={account.endedName}
      />
    );
  }
  const { user } = account;
  if (user.role === 'exhibitor' && user.exhibitorId) {
    return <StandDashboard key={user.exhibitorId} exhibitorId={user.exhibitorId} user={user} />;
  }
  if (user.role === 'organiser') {
    const exhibitorId = params.get('exhibitor');
    return (
      <div className="organiser-dashboard">
        {!exhibitorId && <h1>{t('dashboard.picker.pageTitle')}</h1>}
        <ExhibitorPicker
          collapsible
          selectedId={exhibitorId}
          onSelect={(id) => setParams({ exhibitor: id })}
        />
        {exhibitorId ? (
          <StandDashboard key={exhibitorId} exhibitorId={exhibitorId} user={user} />
        ) : (
          <p className="state">{t('dashboard.picker.hint')}</p>
        )}
      </div>
    );
  }
  return (
    <AccessNotice
      title={t('dashboard.access.notStaffTitle')}
      text={t('dashboard.access.notStaffText', { name: user.displayName })}
    />
  );
}
