/**
 * Where the hall's stand screens get their video presentations: each stand's detail from the api
 * (GET /api/stands/:exhibitorId, parsed with the shared schema) through React Query, so a stand
 * walked past twice is fetched once. The page hands the loader to HallCanvas; without one (the
 * render benchmark) the screens only show their idle look. Imports no three.js: the hall page
 * loads it eagerly.
 */
import { StandDetailSchema, type StandVideo } from '@salon/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { apiPath, getJson } from '../api/apiClient.ts';

export type StandVideoLoader = (exhibitorId: string) => Promise<StandVideo | null>;

/** A stand's content changes rarely during a visit; the panel refetches on its own terms. */
const STALE_MS = 5 * 60_000;

export function useStandVideoLoader(): StandVideoLoader {
  const client = useQueryClient();
  return useCallback(
    (exhibitorId: string) =>
      client.query({
        // A key of its own: only the video is kept, whatever the stand pages cache.
        queryKey: ['hallScreen', exhibitorId],
        queryFn: async ({ signal }) => {
          const url = apiPath(`/stands/${encodeURIComponent(exhibitorId)}`);
          return (await getJson(url, StandDetailSchema, { signal })).video;
        },
        staleTime: STALE_MS,
      }),
    [client],
  );
}
