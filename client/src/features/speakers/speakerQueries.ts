/** Speakers as data: the searchable directory and one speaker with their forum events. */
import { SpeakerDetailSchema, SpeakerPageSchema } from '@salon/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiPath, getJson } from '../../api/apiClient.ts';

export type SpeakerFilters = {
  page: number;
  pageSize: number;
  q?: string | undefined;
};

export function useSpeakers(filters: SpeakerFilters, enabled = true) {
  return useQuery({
    queryKey: ['speakers', filters],
    queryFn: ({ signal }) => getJson(apiPath('/speakers', filters), SpeakerPageSchema, { signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useSpeaker(id: string) {
  return useQuery({
    queryKey: ['speaker', id],
    queryFn: ({ signal }) =>
      getJson(apiPath(`/speakers/${encodeURIComponent(id)}`), SpeakerDetailSchema, { signal }),
    enabled: id !== '',
  });
}
