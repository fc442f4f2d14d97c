/**
 * Writing the stand the dashboard edits into React Query. The dashboard reads it with the stand
 * page's own `useStand` (same key), so a saved edit shows on that page in this tab at once.
 * Every edit answers with the whole stand (or a part of it), which replaces the cached one; the
 * exhibitor's card and the directory are refetched because names and colours show there too.
 */
import type { StandDetail } from '@salon/shared';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { standKey } from '../stands/standQueries.ts';

export interface StandCache {
  get(): StandDetail | undefined;
  set(stand: StandDetail): void;
  change(update: (stand: StandDetail) => StandDetail): void;
  /** Stops a refetch in flight from overwriting an optimistic change. */
  hold(): Promise<void>;
}

function standCache(client: QueryClient, exhibitorId: string): StandCache {
  const key = standKey(exhibitorId);
  return {
    get: () => client.getQueryData<StandDetail>(key),
    set(stand) {
      client.setQueryData(key, stand);
      void client.invalidateQueries({ queryKey: ['exhibitor', exhibitorId] });
      void client.invalidateQueries({ queryKey: ['exhibitors'] });
    },
    change(update) {
      client.setQueryData<StandDetail>(key, (stand) => (stand ? update(stand) : stand));
    },
    hold: () => client.cancelQueries({ queryKey: key }),
  };
}

export function useStandCache(exhibitorId: string): StandCache {
  const client = useQueryClient();
  return useMemo(() => standCache(client, exhibitorId), [client, exhibitorId]);
}
