/**
 * What the hall's forum screens ask the api, through React Query (requests shared, retried and
 * cached like the rest of the client's reads):
 *
 * - `useStageLives(stageIds)`: the event live on each of the given stages now
 *   (`GET /api/stages/:id/live`; 404 means nothing live), polled every STAGE_POLL_MS. The hall
 *   passes only the stages of the screens near the visitor (forumScreenPicker.stagesToPoll), so
 *   a thousand visitors spread over the hall do not poll every stage.
 * - `useStageSchedules(stageIds)`: each stage's schedule (`GET /api/events?stage=…`), for the
 *   next event its idle screens announce; refreshed rarely, it changes only when organisers edit.
 *
 * Both answer a Map from stage id, rebuilt only when an answer changes.
 */
import {
  PAGE_SIZE_MAX,
  EventPageSchema,
  StageLiveSchema,
  type EventSummary,
  type StageLive,
} from '@salon/shared';
import { useQueries, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { ApiError, apiPath, getJson } from '../api/apiClient.ts';

/** A modest rate: a screen that goes live shows it within this long of the visitor arriving. */
export const STAGE_POLL_MS = 15_000;
const SCHEDULE_REFRESH_MS = 5 * 60_000;

export const stageLiveKey = (stageId: string) => ['stage-live', stageId] as const;

async function fetchStageLive(stageId: string, signal: AbortSignal): Promise<StageLive | null> {
  try {
    return await getJson(apiPath(`/stages/${encodeURIComponent(stageId)}/live`), StageLiveSchema, {
      signal,
    });
  } catch (error) {
    // Nothing on air there: an answer, not a failure.
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export function useStageLives(stageIds: readonly string[]): ReadonlyMap<string, StageLive | null> {
  const results = useQueries({
    queries: stageIds.map((stageId) => ({
      queryKey: stageLiveKey(stageId),
      queryFn: ({ signal }: { signal: AbortSignal }) => fetchStageLive(stageId, signal),
      refetchInterval: STAGE_POLL_MS,
      staleTime: STAGE_POLL_MS / 2,
    })),
  });
  const version = results.map((result) => result.dataUpdatedAt).join(',');
  return useMemo(
    () => new Map(stageIds.map((stageId, index) => [stageId, results[index]?.data ?? null])),
    // `results` is a new array each render; `version` says when an answer changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [stageIds, version],
  );
}

/** Asks a stage again now (its program session ended): the screen changes without waiting. */
export function useRefreshStage(): (stageId: string) => void {
  const client = useQueryClient();
  return useCallback(
    (stageId: string) => void client.invalidateQueries({ queryKey: stageLiveKey(stageId) }),
    [client],
  );
}

export function useStageSchedules(
  stageIds: readonly string[],
): ReadonlyMap<string, readonly EventSummary[]> {
  const results = useQueries({
    queries: stageIds.map((stage) => {
      const filters = { stage, page: 1, pageSize: PAGE_SIZE_MAX };
      return {
        queryKey: ['events', filters],
        queryFn: ({ signal }: { signal: AbortSignal }) =>
          getJson(apiPath('/events', filters), EventPageSchema, { signal }),
        staleTime: SCHEDULE_REFRESH_MS,
        refetchInterval: SCHEDULE_REFRESH_MS,
      };
    }),
  });
  const version = results.map((result) => result.dataUpdatedAt).join(',');
  return useMemo(
    () => new Map(stageIds.map((stageId, index) => [stageId, results[index]?.data?.items ?? []])),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [stageIds, version],
  );
}
