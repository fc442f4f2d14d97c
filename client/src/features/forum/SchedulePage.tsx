/**
 * The forum schedule: by day (both phases), stage and cluster, with search; and beside the
 * events, the exhibitors' webinars and master classes of the same day and topic.
 */
import { useTranslation } from 'react-i18next';
import { useEvents, useForumFacets } from '../../api/queries.ts';
import { useLocale } from '../../i18n/i18n.ts';
import { useSearchState } from '../../state/useSearchState.ts';
import { FilterSelect } from '../../ui/FilterSelect.tsx';
import { Pagination } from '../../ui/Pagination.tsx';
import { QueryState } from '../../ui/QueryState.tsx';
import { SearchBox } from '../../ui/SearchBox.tsx';
import { DayTabs } from './DayTabs.tsx';
import { EventListItem } from './EventListItem.tsx';
import { WebinarScheduleList } from './WebinarScheduleList.tsx';

const PAGE_SIZE = 50;
const FILTERS = ['q', 'day', 'stage', 'cluster'] as const;

export function SchedulePage() {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const { values, page, setFilter, setPage, clear } = useSearchState(FILTERS);
  const facets = useForumFacets();
  const events = useEvents({
    page,
    pageSize: PAGE_SIZE,
    q: values.q || undefined,
    day: values.day || undefined,
    stage: values.stage || undefined,
    cluster: values.cluster || undefined,
  });
  const stageName = new Map(
    (facets.data?.stages ?? []).map((stage) => [stage.id, pick(stage.name)]),
  );

  return (
    <section>
      <h1>{t('forum.title')}</h1>
      <DayTabs
        days={facets.data?.days ?? []}
        value={values.day}
        onChange={(day) => setFilter('day', day)}
      />
      <div className="filters">
        <SearchBox
          value={values.q}
          label={t('common.search')}
          placeholder={t('forum.searchPlaceholder')}
          onSearch={(text) => setFilter('q', text)}
        />
        <FilterSelect
          label={t('forum.allStages')}
          allLabel={t('forum.allStages')}
          value={values.stage}
          options={(facets.data?.stages ?? []).map((s) => ({ value: s.id, label: pick(s.name) }))}
          onChange={(value) => setFilter('stage', value)}
        />
        <FilterSelect
          label={t('forum.allClusters')}
          allLabel={t('forum.allClusters')}
          value={values.cluster}
          options={(facets.data?.clusters ?? []).map((c) => ({
            value: c.code,
            label: pick(c.name),
          }))}
          onChange={(value) => setFilter('cluster', value)}
        />
        <button type="button" className="link-button" onClick={clear}>
          {t('common.clearFilters')}
        </button>
      </div>
      <QueryState
        isPending={events.isPending}
        error={events.error}
        isEmpty={events.data?.items.length === 0}
        onRetry={() => void events.refetch()}
      >
        <p className="count" aria-live="polite">
          {t('common.results', { count: events.data?.total ?? 0 })}
        </p>
        <ol className="schedule" data-testid="event-list" aria-busy={events.isPlaceholderData}>
          {events.data?.items.map((event) => (
            <EventListItem key={event.id} event={event} stageName={stageName.get(event.stageId)} />
          ))}
        </ol>
        <Pagination
          page={page}
          pageSize={PAGE_SIZE}
          total={events.data?.total ?? 0}
          onPage={setPage}
        />
      </QueryState>
      <WebinarScheduleList day={values.day} topic={values.cluster} />
    </section>
  );
}
