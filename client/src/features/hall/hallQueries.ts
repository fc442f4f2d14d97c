/**
 * What the hall and the map load from the api: a hall's published layout, and every exhibitor
 * (optionally filtered) in as few requests as the page size allows, for colouring and naming
 * stands. The api pages at most PAGE_SIZE_MAX, so 160 exhibitors are two requests, not 160.
 */
import {
  ExhibitorPageSchema,
  PAGE_SIZE_MAX,
  PublishedLayoutSchema,
  type ExhibitorKind,
  type ExhibitorSummary,
} from '@salon/shared';
import { useQuery } from '@tanstack/react-query';
import { apiPath, getJson } from '../../api/apiClient.ts';

export interface ExhibitorFilters {
  q?: string | undefined;
  kind?: ExhibitorKind | undefined;
  region?: string | undefined;
  topic?: string | undefined;
}

export function useHallLayout(hallId: string) {
  return useQuery({
    queryKey: ['hall-layout', hallId],
    queryFn: ({ signal }) =>
      getJson(apiPath(`/halls/${encodeURIComponent(hallId)}/layout`), PublishedLayoutSchema, {
        signal,
      }),
    enabled: hallId !== '',
    // A new version is announced by the room (layoutVersion); until then the layout holds.
    staleTime: Infinity,
  });
}

export async function fetchAllExhibitors(
  filters: ExhibitorFilters,
  signal?: AbortSignal,
): Promise<ExhibitorSummary[]> {
  const page = (number: number) =>
    getJson(
      apiPath('/exhibitors', { ...filters, page: number, pageSize: PAGE_SIZE_MAX }),
      ExhibitorPageSchema,
      { signal },
    );
  const first = await page(1);
  const pages = Math.ceil(first.total / PAGE_SIZE_MAX);
  const rest = await Promise.all(
    Array.from({ length: Math.max(0, pages - 1) }, (_, index) => page(index + 2)),
  );
  return [first, ...rest].flatMap((result) => result.items);
}

export function useAllExhibitors(filters: ExhibitorFilters = {}, enabled = true) {
  return useQuery({
    queryKey: ['exhibitors-all', filters],
    queryFn: ({ signal }) => fetchAllExhibitors(filters, signal),
    staleTime: 5 * 60_000,
    enabled,
  });
}
