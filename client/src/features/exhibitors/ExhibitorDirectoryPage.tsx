/** Search and filter all exhibitors: by text, kind, region and topic, a page at a time. */
import { EXHIBITOR_KINDS, ExhibitorKindSchema } from '@salon/shared';
import { useTranslation } from 'react-i18next';
import { useExhibitors, useRegions, useTopics } from '../../api/queries.ts';
import { useLocale } from '../../i18n/i18n.ts';
import { useSearchState } from '../../state/useSearchState.ts';
import { FilterSelect } from '../../ui/FilterSelect.tsx';
import { Pagination } from '../../ui/Pagination.tsx';
import { QueryState } from '../../ui/QueryState.tsx';
import { SearchBox } from '../../ui/SearchBox.tsx';
import { ExhibitorListItem } from './ExhibitorListItem.tsx';

const PAGE_SIZE = 24;
const FILTERS = ['q', 'kind', 'region', 'topic'] as const;

export function ExhibitorDirectoryPage() {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const { values, page, setFilter, setPage, clear } = useSearchState(FILTERS);
  const kind = ExhibitorKindSchema.safeParse(values.kind);
  const exhibitors = useExhibitors({
    page,
    pageSize: PAGE_SIZE,
    q: values.q || undefined,
    kind: kind.success ? kind.data : undefined,
    region: values.region || undefined,
    topic: values.topic || undefined,
  });
  const regions = useRegions();
  const topics = useTopics();

  return (
    <section>
      <h1>{t('exhibitors.title')}</h1>
      <div className="filters">
        <SearchBox
          value={values.q}
          label={t('common.search')}
          placeholder={t('exhibitors.searchPlaceholder')}
          onSearch={(text) => setFilter('q', text)}
        />
        <FilterSelect
          label={t('exhibitors.allKinds')}
          allLabel={t('exhibitors.allKinds')}
          value={values.kind}
          options={EXHIBITOR_KINDS.map((value) => ({
            value,
            label: t(`exhibitors.kind.${value}`),
          }))}
          onChange={(value) => setFilter('kind', value)}
        />
        <FilterSelect
          label={t('exhibitors.allRegions')}
          allLabel={t('exhibitors.allRegions')}
          value={values.region}
          options={(regions.data ?? []).map((r) => ({ value: r.code, label: pick(r.name) }))}
          onChange={(value) => setFilter('region', value)}
        />
        <FilterSelect
          label={t('exhibitors.allTopics')}
          allLabel={t('exhibitors.allTopics')}
          value={values.topic}
          options={(topics.data ?? []).map((topic) => ({
            value: topic.code,
            label: pick(topic.name),
          }))}
          onChange={(value) => setFilter('topic', value)}
        />
        <button type="button" className="link-button" onClick={clear}>
          {t('common.clearFilters')}
        </button>
      </div>
      <QueryState
        isPending={exhibitors.isPending}
        error={exhibitors.error}
        isEmpty={exhibitors.data?.items.length === 0}
        onRetry={() => void exhibitors.refetch()}
      >
        <p className="count" aria-live="polite">
          {t('common.results', { count: exhibitors.data?.total ?? 0 })}
        </p>
        <ul className="cards" data-testid="exhibitor-list" aria-busy={exhibitors.isPlaceholderData}>
          {exhibitors.data?.items.map((exhibitor) => (
            <ExhibitorListItem key={exhibitor.id} exhibitor={exhibitor} />
          ))}
        </ul>
        <Pagination
          page={page}
          pageSize={PAGE_SIZE}
          total={exhibitors.data?.total ?? 0}
          onPage={setPage}
        />
      </QueryState>
    </section>
  );
}
