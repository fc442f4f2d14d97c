/**
 * /briefcase: everything the visitor collected, by exhibitor, with download or open links,
 * contacts cards and Remove. It lives on the api: it survives a reload, and follows an account
 * to a new device. A guest is told how to keep it; an empty briefcase explains how to fill it.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSessionStore } from '../../session/sessionStore.ts';
import { QueryState } from '../../ui/QueryState.tsx';
import { BriefcaseGroup } from './BriefcaseGroup.tsx';
import { useBriefcase } from './briefcaseQueries.ts';
import { groupByExhibitor } from './groupByExhibitor.ts';
import './briefcase.css';

export function BriefcasePage() {
  const { t } = useTranslation();
  const briefcase = useBriefcase();
  const kind = useSessionStore((state) => state.kind);
  const heading = useRef<HTMLHeadingElement>(null);
  const [removed, setRemoved] = useState('');
  const items = briefcase.data?.items ?? [];
  const groups = groupByExhibitor(items);

  const onRemoved = (title: string) => {
    setRemoved(t('briefcase.removed', { title }));
    // The removed item's button is gone: keep the keyboard user on the page, at its top.
    heading.current?.focus();
  };

  return (
    <section className="briefcase-page" data-testid="briefcase">
      <h1 ref={heading} tabIndex={-1}>
        {t('briefcase.title')}
      </h1>
      <p className="lead">{t('briefcase.lead')}</p>
      {kind === 'guest' && (
        <p className="briefcase-guest">
          {t('briefcase.guestNote')} <Link to="/signin?next=/briefcase">{t('account.signIn')}</Link>
          {' · '}
          <Link to="/register?next=/briefcase">{t('account.register')}</Link>
        </p>
      )}
      <p className="visually-hidden" role="status">
        {removed}
      </p>
      <QueryState
        isPending={briefcase.isPending}
        error={briefcase.error}
        onRetry={() => void briefcase.refetch()}
      >
        {items.length === 0 ? (
          <div className="briefcase-empty">
            <p>{t('briefcase.empty')}</p>
            <p>
              <Link to="/hall">{t('briefcase.toHall')}</Link> ·{' '}
              <Link to="/exhibitors">{t('briefcase.toExhibitors')}</Link>
            </p>
          </div>
        ) : (
          <>
            <p className="count">{t('briefcase.count', { count: items.length })}</p>
            {groups.map((group) => (
              <BriefcaseGroup key={group.exhibitor.id} group={group} onRemoved={onRemoved} />
            ))}
          </>
        )}
      </QueryState>
    </section>
  );
}
