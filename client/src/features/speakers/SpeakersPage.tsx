/**
 * /speakers: the forum's speakers and moderators, searchable by name, position, organisation;
 * each opens their own page with their events. Search and page live in the URL.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../../i18n/i18n.ts';
import { useSearchState } from '../../state/useSearchState.ts';
import { Pagination } from '../../ui/Pagination.tsx';
import { QueryState } from '../../ui/QueryState.tsx';
import { SearchBox } from '../../ui/SearchBox.tsx';
import { SpeakerAvatar } from './SpeakerAvatar.tsx';
import { speakerPath } from './SpeakerLinks.tsx';
import { useSpeakers } from './speakerQueries.ts';
import './speakers.css';

const PAGE_SIZE = 30;
const FILTERS = ['q'] as const;

export function SpeakersPage() {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const { values, page, setFilter, setPage, clear } = useSearchState(FILTERS);
  const speakers = useSpeakers({ page, pageSize: PAGE_SIZE, q: values.q || undefined });
  const items = speakers.data?.items ?? [];
  return (
    <section className="speakers-page">
      <Link to="/forum">← {t('forum.title')}</Link>
      <h1>{t('speakers.title')}</h1>
      <p className="lead">{t('speakers.lead')}</p>
      <div className="filters">
        <SearchBox
          value={values.q}
          label={t('speakers.search')}
          placeholder={t('speakers.searchPlaceholder')}
          onSearch={(text) => setFilter('q', text)}
        />
      </div>
      <QueryState
        isPending={speakers.isPending}
        error={speakers.error}
        onRetry={() => void speakers.refetch()}
      >
        <p className="count" aria-live="polite">
          {t('common.results', { count: speakers.data?.total ?? 0 })}
        </p>
        {items.length === 0 ? (
          <div className="state">
            <p>{t('speakers.none')}</p>
            <button type="button" onClick={clear}>
              {t('common.clearFilters')}
            </button>
          </div>
        ) : (
          <ul
            className="speaker-grid"
            data-testid="speaker-list"
            aria-busy={speakers.isPlaceholderData}
          >
            {items.map((speaker) => (
              <li key={speaker.id} className="speaker-card">
                <SpeakerAvatar id={speaker.id} name={pick(speaker.name)} />
                <div>
                  <Link to={speakerPath(speaker.id)} className="speaker-name">
                    {pick(speaker.name)}
                  </Link>
                  <p className="muted">
                    {pick(speaker.position)}
                    {pick(speaker.organisation) && `, ${pick(speaker.organisation)}`}
                  </p>
                </div>
              </li>
            ))}
          </ul>
        )}
        <Pagination
          page={page}
          pageSize={PAGE_SIZE}
          total={speakers.data?.total ?? 0}
          onPage={setPage}
        />
      </QueryState>
    </section>
  );
}
