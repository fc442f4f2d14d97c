/**
 * Search and filters over all exhibitors (text, kind, region, topic), kept in the URL by the
 * page: the directory and the map's stand search share them.
 */
import { EXHIBITOR_KINDS } from '@salon/shared';
import { useTranslation } from 'react-i18next';
import { useRegions, useTopics } from '../../api/queries.ts';
import { useLocale } from '../../i18n/i18n.ts';
import { FilterSelect } from '../../ui/FilterSelect.tsx';
import { SearchBox } from '../../ui/SearchBox.tsx';

export const EXHIBITOR_FILTERS = ['q', 'kind', 'region', 'topic'] as const;
export type ExhibitorFilter = (typeof EXHIBITOR_FILTERS)[number];

interface ExhibitorFiltersProps {
  values: Record<ExhibitorFilter, string>;
  setFilter: (key: ExhibitorFilter, value: string) => void;
  clear: () => void;
  searchLabel: string;
}

export function ExhibitorFilters({ values, setFilter, clear, searchLabel }: ExhibitorFiltersProps) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const regions = useRegions();
  const topics = useTopics();
  return (
    <div className="filters">
      <SearchBox
        value={values.q}
        label={searchLabel}
        placeholder={t('exhibitors.searchPlaceholder')}
        onSearch={(text) => setFilter('q', text)}
      />
      <FilterSelect
        label={t('exhibitors.allKinds')}
        allLabel={t('exhibitors.allKinds')}
        value={values.kind}
        options={EXHIBITOR_KINDS.map((value) => ({ value, label: t(`exhibitors.kind.${value}`) }))}
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
  );
}
