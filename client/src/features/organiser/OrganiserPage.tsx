/**
 * /organiser: for organisers only. Add an exhibitor with its first staff member, or pick one and
 * invite a person to run its stand by email; either way the invitation link is shown once, to
 * hand on. Others are told who this page is for.
 */
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useExhibitor } from '../../api/queries.ts';
import { useLocale } from '../../i18n/i18n.ts';
import { AccessNotice } from '../dashboard/AccessNotice.tsx';
import { ExhibitorPicker } from '../dashboard/ExhibitorPicker.tsx';
import { useAccount } from '../dashboard/useAccount.ts';
import { CreateExhibitorPanel } from './CreateExhibitorPanel.tsx';
import { InviteStaffForm } from './InviteStaffForm.tsx';
import { EventFeedbackSection } from './EventFeedbackSection.tsx';
import '../dashboard/dashboard.css';

export function OrganiserPage() {
  return (
    <div className="workspace">
      <OrganiserContent />
    </div>
  );
}

function OrganiserContent() {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const account = useAccount();
  const [params, setParams] = useSearchParams();
  const exhibitorId = params.get('exhibitor');
  const exhibitor = useExhibitor(exhibitorId ?? '');

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
        title={t('organiser.access.signInTitle')}
        text={t('organiser.access.signInText')}
        signInNext="/organiser"
        endedName={account.endedName}
      />
    );
  }
  if (account.user.role !== 'organiser') {
    return (
      <AccessNotice
        title={t('organiser.access.notOrganiserTitle')}
        text={t('organiser.access.notOrganiserText')}
      />
    );
  }
  return (
    <div className="organiser-page">
      <h1>{t('organiser.title')}</h1>
      <p className="lead">{t('organiser.lead')}</p>
      <CreateExhibitorPanel onCreated={(id) => setParams({ exhibitor: id })} />
      <div className="organiser-columns">
        <ExhibitorPicker selectedId={exhibitorId} onSelect={(id) => setParams({ exhibitor: id })} />
        <section className="invite-panel" aria-labelledby="invite-title">
          <h2 id="invite-title">{t('organiser.invite.title')}</h2>
          {exhibitorId && exhibitor.data ? (
            <>
              <p>
                {t('organiser.invite.for')} <strong>{pick(exhibitor.data.name)}</strong>{' '}
                <Link to={`/exhibitor?exhibitor=${encodeURIComponent(exhibitorId)}`}>
                  {t('organiser.openDashboard')}
                </Link>
              </p>
              <InviteStaffForm
                key={exhibitorId}
                exhibitorId={exhibitorId}
                exhibitorName={pick(exhibitor.data.name)}
              />
            </>
          ) : (
            <p className="muted">{t('organiser.invite.pickFirst')}</p>
          )}
        </section>
      </div>
      <EventFeedbackSection />
    </div>
  );
}
