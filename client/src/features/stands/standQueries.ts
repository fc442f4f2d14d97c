/**
 * The stand in React Query, under `['stand', id]`: the key the exhibitor dashboard also uses,
 * so an edit saved there shows here at once. Refetched every minute for the staff's online dots.
 */
import { StandDetailSchema } from '@salon/shared';
import { useQuery } from '@tanstack/react-query';
import { apiPath, getJson } from '../../api/apiClient.ts';

export const standKey = (exhibitorId: string) => ['stand', exhibitorId] as const;

export function useStand(exhibitorId: string) {
  return useQuery({
    queryKey: standKey(exhibitorId),
    queryFn: ({ signal }) =>
      getJson(apiPath(`/stands/${encodeURIComponent(exhibitorId)}`), StandDetailSchema, { signal }),
    refetchInterval: 60_000,
  });
}
