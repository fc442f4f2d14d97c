/**
 * The stands of this hall whose exhibitors match the map's search and filters (all of them,
 * by name, when nothing is being searched), and how many matches other halls have. The api
 * does the matching, in one or two requests.
 */
import { ExhibitorKindSchema, type ExhibitorSummary, type HallLayout } from '@salon/shared';
import { useMemo } from 'react';
import { useLocale } from '../../i18n/i18n.ts';
import { useAllExhibitors } from '../hall/hallQueries.ts';
import type { ExhibitorFilter } from '../exhibitors/ExhibitorFilters.tsx';
import { otherHallMatches } from './otherHallMatches.ts';
import type { StandEntry } from './StandList.tsx';

export function useStandMatches(
  values: Record<ExhibitorFilter, string>,
  hallId: string,
  layout: HallLayout | undefined,
  exhibitors: ReadonlyMap<string, ExhibitorSummary>,
) {
  const { locale } = useLocale();
  const filtering = Object.values(values).some(Boolean);
  const kind = ExhibitorKindSchema.safeParse(values.kind);
  const matches = useAllExhibitors(
    {
      q: values.q || undefined,
      kind: kind.success ? kind.data : undefined,
      region: values.region || undefined,
      topic: values.topic || undefined,
    },
    filtering,
  );
  const entries = useMemo(() => {
    const pool = filtering
      ? new Map((matches.data ?? []).map((exhibitor) => [exhibitor.id, exhibitor]))
      : exhibitors;
    const found: StandEntry[] = [];
    for (const stand of layout?.stands ?? []) {
      const exhibitor = pool.get(stand.exhibitorId);
      if (exhibitor) found.push({ stand, exhibitor });
    }
    return found.sort((a, b) =>
      a.exhibitor.name[locale].localeCompare(b.exhibitor.name[locale], locale),
    );
  }, [filtering, matches.data, exhibitors, layout, locale]);
  const highlighted = useMemo(
    () => (filtering ? new Set(entries.map((entry) => entry.stand.id)) : null),
    [filtering, entries],
  );
  const elsewhere = useMemo(
    () => (filtering ? otherHallMatches(matches.data ?? [], hallId) : []),
    [filtering, matches.data, hallId],
  );
  return {
    entries,
    elsewhere,
    highlighted,
    filtering,
    pending: filtering && matches.isPending,
    error: matches.error,
    retry: () => void matches.refetch(),
  };
}
