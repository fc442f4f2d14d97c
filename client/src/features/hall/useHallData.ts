/**
 * Everything the hall and map pages share: which hall (the route's, or the first one), its
 * published layout (refetched when the room announces a newer version), every exhibitor for
 * naming and colouring stands, and the hall connection that both pages keep alive.
 */
import type { ExhibitorSummary } from '@salon/shared';
import { useEffect, useMemo } from 'react';
import { useParams } from 'react-router';
import { useHalls } from '../../api/queries.ts';
import { useHallConnection } from '../../multiplayer/activeHall.ts';
import { useHallLive } from '../../multiplayer/hallLiveStore.ts';
import { useAllExhibitors, useHallLayout } from './hallQueries.ts';

export function useHallData() {
  const params = useParams();
  const halls = useHalls();
  const hallId = params['hallId'] ?? halls.data?.[0]?.id ?? '';
  const layout = useHallLayout(hallId);
  const exhibitorList = useAllExhibitors();
  const connection = useHallConnection(layout.data);
  const liveVersion = useHallLive((state) => state.layoutVersion);
  const { refetch } = layout;
  const loadedVersion = layout.data?.version ?? 0;
  useEffect(() => {
    if (loadedVersion > 0 && liveVersion > loadedVersion) void refetch();
  }, [liveVersion, loadedVersion, refetch]);

  const exhibitors = useMemo(
    () => new Map<string, ExhibitorSummary>((exhibitorList.data ?? []).map((e) => [e.id, e])),
    [exhibitorList.data],
  );
  return { hallId, halls, layout, exhibitors, connection };
}
