/** React Query hooks for the api's read routes, each parsed with its shared schema. */
import {
  CompetencyListSchema,
  EventPageSchema,
  ExhibitorDetailSchema,
  ExhibitorPageSchema,
  ForumFacetsSchema,
  HallListSchema,
  ProgramPageSchema,
  RegionListSchema,
  TopicListSchema,
  type EventQuery,
  type ExhibitorQuery,
  type ProgramQuery,
} from '@salon/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiPath, getJson } from './apiClient.ts';

type Filters<Query> = Partial<Omit<Query, 'page' | 'pageSize'>> & {
  page: number;
  pageSize?: number;
};

const DICTIONARY_STALE_MS = 10 * 60_000;

export function useRegions() {
  return useQuery({
    queryKey: ['regions'],
    queryFn: ({ signal }) => getJson(apiPath('/regions'), RegionListSchema, { signal }),
    staleTime: DICTIONARY_STALE_MS,
  });
}

export function useTopics() {
  return useQuery({
    queryKey: ['topics'],
    queryFn: ({ signal }) => getJson(apiPath('/topics'), TopicListSchema, { signal }),
    staleTime: DICTIONARY_STALE_MS,
  });
}

export function useCompetencies() {
  return useQuery({
    queryKey: ['competencies'],
    queryFn: ({ signal }) => getJson(apiPath('/competencies'), CompetencyListSchema, { signal }),
    staleTime: DICTIONARY_STALE_MS,
  });
}

export function useHalls() {
  return useQuery({
    queryKey: ['halls'],
    queryFn: ({ signal }) => getJson(apiPath('/halls'), HallListSchema, { signal }),
  });
}

export function useExhibitors(filters: Filters<ExhibitorQuery>) {
  return useQuery({
    queryKey: ['exhibitors', filters],
    queryFn: ({ signal }) =>
      getJson(apiPath('/exhibitors', filters), ExhibitorPageSchema, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useExhibitor(id: string) {
  return useQuery({
    queryKey: ['exhibitor', id],
    queryFn: ({ signal }) =>
      getJson(apiPath(`/exhibitors/${encodeURIComponent(id)}`), ExhibitorDetailSchema, { signal }),
  });
}

export function useForumFacets() {
  return useQuery({
    queryKey: ['forum-facets'],
    queryFn: ({ signal }) => getJson(apiPath('/forum/facets'), ForumFacetsSchema, { signal }),
    staleTime: DICTIONARY_STALE_MS,
  });
}

export function useEvents(filters: Filters<EventQuery>) {
  return useQuery({
    queryKey: ['events', filters],
    queryFn: ({ signal }) => getJson(apiPath('/events', filters), EventPageSchema, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function usePrograms(filters: Filters<ProgramQuery>) {
  return useQuery({
    queryKey: ['programs', filters],
    queryFn: ({ signal }) => getJson(apiPath('/programs', filters), ProgramPageSchema, { signal }),
    placeholderData: keepPreviousData,
  });
}
