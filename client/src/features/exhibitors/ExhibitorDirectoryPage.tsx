/** Search and filter all exhibitors: by text, kind, region and topic, a page at a time. */
import { ExhibitorKindSchema } from '@salon/shared';
import { useTranslation } from 'react-i18next';
import { useExhibitors } from '../../api/queries.ts';
import { useSearchState } from '../../state/useSearchState.ts';
import { Pagination } from '../../ui/Pagination.tsx';
import { QueryState } from '../../ui/QueryState.tsx';
import { EXHIBITOR_FILTERS, ExhibitorFilters } from './ExhibitorFilters.tsx';
import { ExhibitorListItem } from './ExhibitorListItem.tsx';

const PAGE_SIZE = 24;

export function ExhibitorDirectoryPage() {
  const { t } = useTranslation();
  const { values, page, setFilter, setPage, clear } = useSearchState(EXHIBITOR_FILTERS);
  const kind = ExhibitorKindSchema.safeParse(values.kind);
  const exhibitors = useExhibitors({
    page,
    pageSize: PAGE_SIZE,
    q: values.q || undefined,
    kind: kind.success ? kind.data : undefined,
    region: values.region || undefined,
    topic: values.topic || undefined,
  });

  return (
    <section>
      <h1>{t('exhibitors.title')}</h1>
      <ExhibitorFilters
        values={values}
        setFilter={setFilter}
        clear={clear}
        searchLabel={t('common.search')}
      />
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
