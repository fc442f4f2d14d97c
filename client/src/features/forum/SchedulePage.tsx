/**
 * The forum schedule (/forum): by phase (main days, continuation) and day, stage, cluster and
 * speaker, with search; every filter in the URL. During the continuation each event lists the
 * exhibitors' webinars on its topic beside it, and the day's webinars follow the events.
 */
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useEvents, useForumFacets } from '../../api/queries.ts';
import { useLocale } from '../../i18n/i18n.ts';
import { useSearchState } from '../../state/useSearchState.ts';
import { FilterSelect } from '../../ui/FilterSelect.tsx';
import { Pagination } from '../../ui/Pagination.tsx';
import { QueryState } from '../../ui/QueryState.tsx';
import { SearchBox } from '../../ui/SearchBox.tsx';
import { useNow } from '../webinars/useNow.ts';
import { BesideWebinars } from './BesideWebinars.tsx';
import { DayTabs } from './DayTabs.tsx';
import { EventListItem } from './EventListItem.tsx';
import { PhaseTabs } from './PhaseTabs.tsx';
import {
  SCHEDULE_FILTERS,
  activeFilters,
  daysOfPhase,
  phaseOf,
  withPhase,
} from './scheduleFilters.ts';
import { SpeakerFilter } from './SpeakerFilter.tsx';
import { useBesideWebinars } from './useBesideWebinars.ts';
import { WebinarScheduleList } from './WebinarScheduleList.tsx';
import './forum.css';

const PAGE_SIZE = 50;

export function SchedulePage() {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const { values, page, setFilter, setPage, clear } = useSearchState(SCHEDULE_FILTERS);
  const [, setParams] = useSearchParams();
  const facets = useForumFacets();
  const days = facets.data?.days ?? [];
  const events = useEvents({
    page,
    pageSize: PAGE_SIZE,
    q: values.q || undefined,
    phase: phaseOf(values.phase),
    day: values.day || undefined,
    stage: values.stage || undefined,
    cluster: values.cluster || undefined,
    speaker: values.speaker || undefined,
  });
  const items = events.data?.items ?? [];
  const beside = useBesideWebinars(items);
  const now = useNow(30_000);
  const stageName = new Map(
    (facets.data?.stages ?? []).map((stage) => [stage.id, pick(stage.name)]),
  );
  const filtering = activeFilters(values) > 0;

  const choosePhase = (phase: string) => setParams((current) => withPhase(current, days, phase));

  return (
    <section className="forum-schedule">
      <div className="forum-head">
        <h1>{t('forum.title')}</h1>
        <Link to="/speakers">{t('speakers.all')}</Link>
      </div>
      <PhaseTabs value={phaseOf(values.phase) ?? ''} onChange={choosePhase} />
      <DayTabs
        days={daysOfPhase(days, values.phase)}
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
        <SpeakerFilter value={values.speaker} onChange={(id) => setFilter('speaker', id)} />
        {filtering && (
          <button type="button" className="link-button" onClick={clear}>
            {t('common.clearFilters')}
          </button>
        )}
      </div>
      <QueryState
        isPending={events.isPending}
        error={events.error}
        onRetry={() => void events.refetch()}
      >
        <p className="count" aria-live="polite" data-testid="event-count">
          {t('common.results', { count: events.data?.total ?? 0 })}
        </p>
        {items.length === 0 ? (
          <div className="state">
            <p>{t('forum.noEvents')}</p>
            {filtering && (
              <button type="button" onClick={clear}>
                {t('common.clearFilters')}
              </button>
            )}
          </div>
        ) : (
          <ol className="schedule" data-testid="event-list" aria-busy={events.isPlaceholderData}>
            {items.map((event) => (
              <EventListItem key={event.id} event={event} stageName={stageName.get(event.stageId)}>
                <BesideWebinars event={event} dayWebinars={beside(event.day)} now={now} />
              </EventListItem>
            ))}
          </ol>
        )}
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
