/**
 * /briefcase: everything the visitor collected, by exhibitor, with download or open links,
 * contacts cards and Remove. It lives on the api: it survives a reload, and follows an account
 * to a new device. A guest is told how to keep it; an empty briefcase explains how to fill it.
 * It comes a page at a time, newest first: "Show more" appends the next page, and once all is
 * shown the keyboard focus, which was on that button, lands on the line saying so.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSessionStore } from '../../session/sessionStore.ts';
import { ErrorText } from '../../ui/ErrorText.tsx';
import { QueryState } from '../../ui/QueryState.tsx';
import { BriefcaseGroup } from './BriefcaseGroup.tsx';
import { loadedItems, useBriefcase } from './briefcaseQueries.ts';
import { groupByExhibitor } from './groupByExhibitor.ts';
import './briefcase.css';

export function BriefcasePage() {
  const { t } = useTranslation();
  const briefcase = useBriefcase();
  const kind = useSessionStore((state) => state.kind);
  const heading = useRef<HTMLHeadingElement>(null);
  // Set when "Show more" is pressed: if that page is the last, the button goes, and the line
  // saying so takes the focus as it appears.
  const focusEnd = useRef(false);
  const [removed, setRemoved] = useState('');
  const items = loadedItems(briefcase.data);
  const total = briefcase.data?.pages.at(-1)?.total ?? items.length;
  const groups = groupByExhibitor(items);
  const more = briefcase.hasNextPage;

  const showMore = () => {
    focusEnd.current = true;
    void briefcase.fetchNextPage().then((result) => {
      // More remain: the button stays, and keeps the focus.
      if (result.hasNextPage) focusEnd.current = false;
    });
  };
  const onEndShown = (end: HTMLParagraphElement | null) => {
    if (end && focusEnd.current) end.focus();
    focusEnd.current = false;
  };

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
        // A next page that failed says so under the list, which stays.
        error={briefcase.isFetchNextPageError ? null : briefcase.error}
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
            <p className="count">{t('briefcase.count', { count: total })}</p>
            {groups.map((group) => (
              <BriefcaseGroup key={group.exhibitor.id} group={group} onRemoved={onRemoved} />
            ))}
            {more ? (
              <p className="briefcase-more">
                <button
                  type="button"
                  disabled={briefcase.isFetchingNextPage}
                  aria-busy={briefcase.isFetchingNextPage}
                  onClick={showMore}
                >
                  {t('briefcase.showMore')}
                </button>{' '}
                <span className="muted">
                  {t('briefcase.shown', { shown: items.length, total })}
                </span>
              </p>
            ) : (
              (briefcase.data?.pages.length ?? 0) > 1 && (
                <p ref={onEndShown} tabIndex={-1} className="briefcase-more muted">
                  {t('briefcase.allShown', { count: total })}
                </p>
              )
            )}
            {briefcase.isFetchNextPageError && <ErrorText error={briefcase.error} />}
          </>
        )}
      </QueryState>
    </section>
  );
}
