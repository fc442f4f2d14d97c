/**
 * For organisers, who act on any stand: search the exhibitors by name and pick one. Results
 * are buttons (one tab stop each); the picked one is marked with aria-current. `collapsible`
 * folds the search away once an exhibitor is picked, behind a "choose another" button.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useExhibitor, useExhibitors } from '../../api/queries.ts';
import { useLocale } from '../../i18n/i18n.ts';
import { QueryState } from '../../ui/QueryState.tsx';
import { SearchBox } from '../../ui/SearchBox.tsx';
import { ExhibitorMark } from '../exhibitors/ExhibitorMark.tsx';

const RESULTS = 8;

interface ExhibitorPickerProps {
  selectedId: string | null;
  onSelect: (exhibitorId: string) => void;
  collapsible?: boolean;
}

export function ExhibitorPicker({
  selectedId,
  onSelect,
  collapsible = false,
}: ExhibitorPickerProps) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(!collapsible || !selectedId);
  const choose = (exhibitorId: string) => {
    onSelect(exhibitorId);
    if (collapsible) setOpen(false);
  };
  const results = useExhibitors({ q: query || undefined, page: 1, pageSize: RESULTS });
  const selected = useExhibitor(selectedId ?? '');
  const items = results.data?.items ?? [];
  return (
    <section className="exhibitor-picker" aria-labelledby="exhibitor-picker-title">
      <h2 id="exhibitor-picker-title">{t('dashboard.picker.title')}</h2>
      {selectedId && selected.data && (
        <p>
          {t('dashboard.picker.current')} <strong>{pick(selected.data.name)}</strong>{' '}
          {collapsible && (
            <button
              type="button"
              aria-expanded={open}
              aria-controls="exhibitor-picker-search"
              onClick={() => setOpen(!open)}
            >
              {t('dashboard.picker.change')}
            </button>
          )}
        </p>
      )}
      <div id="exhibitor-picker-search" className="picker-search" hidden={!open}>
        <SearchBox
          value={query}
          label={t('dashboard.picker.search')}
          placeholder={t('dashboard.picker.placeholder')}
          onSearch={setQuery}
        />
        <QueryState
          isPending={results.isPending}
          error={results.error}
          isEmpty={items.length === 0}
          onRetry={() => void results.refetch()}
        >
          <p className="muted" aria-live="polite">
            {t('dashboard.picker.found', { count: results.data?.total ?? 0 })}
          </p>
          <ul className="picker-results" data-testid="exhibitor-picker">
            {items.map((exhibitor) => (
              <li key={exhibitor.id}>
                <button
                  type="button"
                  aria-current={exhibitor.id === selectedId ? 'true' : undefined}
                  onClick={() => choose(exhibitor.id)}
                >
                  <ExhibitorMark name={pick(exhibitor.name)} colors={exhibitor.colors} />
                  <span>
                    {pick(exhibitor.name)}
                    <small className="muted">{exhibitor.id}</small>
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </QueryState>
      </div>
    </section>
  );
}
