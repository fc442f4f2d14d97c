/** MIEF University: programs filtered by the competency they develop and by format. */
import { PROGRAM_FORMATS, ProgramFormatSchema } from '@salon/shared';
import { useTranslation } from 'react-i18next';
import { useCompetencies, usePrograms } from '../../api/queries.ts';
import { useLocale } from '../../i18n/i18n.ts';
import { useSearchState } from '../../state/useSearchState.ts';
import { FilterSelect } from '../../ui/FilterSelect.tsx';
import { Pagination } from '../../ui/Pagination.tsx';
import { QueryState } from '../../ui/QueryState.tsx';
import { SearchBox } from '../../ui/SearchBox.tsx';

const PAGE_SIZE = 20;
const FILTERS = ['q', 'competency', 'format'] as const;

export function ProgramsPage() {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const { values, page, setFilter, setPage, clear } = useSearchState(FILTERS);
  const format = ProgramFormatSchema.safeParse(values.format);
  const competencies = useCompetencies();
  const programs = usePrograms({
    page,
    pageSize: PAGE_SIZE,
    q: values.q || undefined,
    competency: values.competency || undefined,
    format: format.success ? format.data : undefined,
  });
  const competencyName = new Map((competencies.data ?? []).map((c) => [c.code, pick(c.name)]));

  return (
    <section>
      <h1>{t('university.title')}</h1>
      <p className="lead">{t('university.lead')}</p>
      <div className="filters">
        <SearchBox
          value={values.q}
          label={t('common.search')}
          placeholder={t('common.search')}
          onSearch={(text) => setFilter('q', text)}
        />
        <FilterSelect
          label={t('university.allCompetencies')}
          allLabel={t('university.allCompetencies')}
          value={values.competency}
          options={(competencies.data ?? []).map((c) => ({ value: c.code, label: pick(c.name) }))}
          onChange={(value) => setFilter('competency', value)}
        />
        <FilterSelect
          label={t('university.allFormats')}
          allLabel={t('university.allFormats')}
          value={values.format}
          options={PROGRAM_FORMATS.map((value) => ({
            value,
            label: t(`university.format.${value}`),
          }))}
          onChange={(value) => setFilter('format', value)}
        />
        <button type="button" className="link-button" onClick={clear}>
          {t('common.clearFilters')}
        </button>
      </div>
      <QueryState
        isPending={programs.isPending}
        error={programs.error}
        isEmpty={programs.data?.items.length === 0}
        onRetry={() => void programs.refetch()}
      >
        <p className="count" aria-live="polite">
          {t('common.results', { count: programs.data?.total ?? 0 })}
        </p>
        <ul className="programs" data-testid="program-list" aria-busy={programs.isPlaceholderData}>
          {programs.data?.items.map((program) => (
            <li key={program.id} className="program">
              <h2>{pick(program.title)}</h2>
              <p>{pick(program.description)}</p>
              <p className="muted">
                {t('university.hours', { count: program.hours })} ·{' '}
                {t(`university.format.${program.format}`)} · {t('university.provider')}:{' '}
                {pick(program.provider)}
              </p>
              <p className="tags">
                {program.competencyCodes.map((code) => (
                  <span key={code} className="tag">
                    {competencyName.get(code) ?? code}
                  </span>
                ))}
              </p>
            </li>
          ))}
        </ul>
        <Pagination
          page={page}
          pageSize={PAGE_SIZE}
          total={programs.data?.total ?? 0}
          onPage={setPage}
        />
      </QueryState>
    </section>
  );
}
