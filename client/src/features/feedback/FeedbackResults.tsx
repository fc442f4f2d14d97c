/**
 * The organisers' view of feedback: the rated events a page at a time (searchable by title),
 * newest ratings first, each with its number of ratings and average in one request, and on
 * request its comments, a page at a time.
 */
import type { EventFeedbackSummary } from '@salon/shared';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../../i18n/i18n.ts';
import { Pagination } from '../../ui/Pagination.tsx';
import { QueryState } from '../../ui/QueryState.tsx';
import { SearchBox } from '../../ui/SearchBox.tsx';
import { fetchFeedbackOverview, fetchFeedbackResults } from './feedbackApi.ts';
import { formatAverage } from './formatAverage.ts';
import './feedback.css';

const EVENTS_PER_PAGE = 10;
const COMMENTS_PER_PAGE = 5;

export function FeedbackResults() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [q, setQ] = useState('');
  const events = useQuery({
    queryKey: ['forum-feedback-overview', page, q],
    queryFn: ({ signal }) => fetchFeedbackOverview({ page, pageSize: EVENTS_PER_PAGE, q }, signal),
  });
  const search = useCallback((text: string) => {
    setQ(text);
    setPage(1);
  }, []);
  return (
    <section
      className="feedback-results"
      aria-labelledby="feedback-results-title"
      data-testid="feedback-results"
    >
      <h2 id="feedback-results-title">{t('feedback.results.title')}</h2>
      <p className="muted">{t('feedback.results.lead')}</p>
      <SearchBox
        label={t('feedback.results.search')}
        placeholder={t('feedback.results.searchPlaceholder')}
        value={q}
        onSearch={search}
      />
      <QueryState
        isPending={events.isPending}
        error={events.error}
        isEmpty={events.data?.items.length === 0}
        onRetry={() => void events.refetch()}
      >
        <table className="feedback-table">
          <thead>
            <tr>
              <th scope="col">{t('feedback.results.event')}</th>
              <th scope="col">{t('feedback.results.count')}</th>
              <th scope="col">{t('feedback.results.average')}</th>
            </tr>
          </thead>
          <tbody>
            {events.data?.items.map((summary) => (
              <FeedbackRow key={summary.event.id} summary={summary} />
            ))}
          </tbody>
        </table>
        <Pagination
          page={page}
          pageSize={EVENTS_PER_PAGE}
          total={events.data?.total ?? 0}
          onPage={setPage}
        />
      </QueryState>
    </section>
  );
}

function FeedbackRow({ summary }: { summary: EventFeedbackSummary }) {
  const { t } = useTranslation();
  const { locale, pick } = useLocale();
  const [open, setOpen] = useState(false);
  const { event } = summary;
  return (
    <tr data-testid="feedback-row" data-event={event.id}>
      <td>
        <Link to={`/forum/${encodeURIComponent(event.id)}`}>{pick(event.title)}</Link>
        {summary.commentCount > 0 && (
          <div>
            <button
              type="button"
              className="link-button"
              aria-expanded={open}
              onClick={() => setOpen(!open)}
            >
              {t('feedback.results.comments', { count: summary.commentCount })}
            </button>
            {open && <FeedbackComments eventId={event.id} />}
          </div>
        )}
      </td>
      <td data-testid="feedback-count">{summary.count}</td>
      <td data-testid="feedback-average">{formatAverage(summary.average, locale)}</td>
    </tr>
  );
}

/** One event's comments, read when the organiser opens them. */
function FeedbackComments({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const results = useQuery({
    queryKey: ['forum-feedback-results', eventId, page],
    queryFn: ({ signal }) =>
      fetchFeedbackResults(eventId, { page, pageSize: COMMENTS_PER_PAGE }, signal),
  });
  return (
    <QueryState
      isPending={results.isPending}
      error={results.error}
      isEmpty={results.data?.comments.items.length === 0}
      onRetry={() => void results.refetch()}
    >
      <ul className="feedback-comments">
        {results.data?.comments.items.map((comment) => (
          <li key={`${comment.authorName}-${comment.updatedAt}`}>
            <span aria-label={t('feedback.results.rated', { rating: comment.rating })}>
              {'★'.repeat(comment.rating)}
            </span>{' '}
            <strong>{comment.authorName}</strong>
            <p className="feedback-comment">{comment.comment}</p>
          </li>
        ))}
      </ul>
      <Pagination
        page={page}
        pageSize={COMMENTS_PER_PAGE}
        total={results.data?.comments.total ?? 0}
        onPage={setPage}
      />
    </QueryState>
  );
}
