/**
 * The visitor's own schedule in React Query, keyed by the user like the briefcase: a guest's
 * and an account's are different lists. Adding and removing update the cached list at once,
 * then refetch it. The calendar file needs the Authorization header, so it is fetched and
 * saved from a Blob.
 */
import {
  ProblemSchema,
  ScheduleItemSchema,
  ScheduleSchema,
  type ScheduleAdd,
  type ScheduleItem,
} from '@salon/shared';
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { ApiError, apiPath, getJson, postJson, sendJson } from '../../api/apiClient.ts';
import { NoContentSchema } from '../../api/noContent.ts';
import { useSessionStore } from '../../session/sessionStore.ts';
import { withSession } from '../../session/withSession.ts';

interface Schedule {
  items: ScheduleItem[];
}

export const scheduleKey = (userId: string | null) => ['schedule', userId] as const;

function currentKey() {
  return scheduleKey(useSessionStore.getState().user?.id ?? null);
}

export function useMySchedule() {
  const userId = useSessionStore((state) => state.user?.id ?? null);
  return useQuery({
    queryKey: scheduleKey(userId),
    queryFn: ({ signal }) =>
      withSession((token) => getJson(apiPath('/schedule'), ScheduleSchema, { signal, token })),
    // The page frame starts the session; the schedule is read once it is known.
    enabled: userId !== null,
    staleTime: 0,
  });
}

/** The schedule's entry for a webinar or a forum event, if it holds one. */
export function findInSchedule(
  items: readonly ScheduleItem[] | undefined,
  add: ScheduleAdd,
): ScheduleItem | undefined {
  return items?.find((item) =>
    'webinarId' in add ? item.webinar?.id === add.webinarId : item.event?.id === add.eventId,
  );
}

function refresh(client: QueryClient): void {
  void client.invalidateQueries({ queryKey: ['schedule'] });
}

export function useAddToSchedule() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (add: ScheduleAdd) =>
      withSession((token) => postJson(apiPath('/schedule'), add, ScheduleItemSchema, { token })),
    onSuccess: (item) => {
      client.setQueryData<Schedule>(currentKey(), (schedule) =>
        schedule
          ? { items: [...schedule.items.filter((entry) => entry.id !== item.id), item] }
          : schedule,
      );
      refresh(client);
    },
  });
}

export function useRemoveFromSchedule() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (itemId: string) =>
      withSession((token) =>
        sendJson(
          'DELETE',
          apiPath(`/schedule/${encodeURIComponent(itemId)}`),
          undefined,
          NoContentSchema,
          { token },
        ),
      ),
    onSuccess: (_nothing, itemId) => {
      client.setQueryData<Schedule>(currentKey(), (schedule) =>
        schedule ? { items: schedule.items.filter((entry) => entry.id !== itemId) } : schedule,
      );
      refresh(client);
    },
  });
}

export const CALENDAR_FILE = 'salon-schedule.ics';

/** Saves the schedule as an .ics file; answers the file's name. */
export async function downloadCalendar(token: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(apiPath('/schedule.ics'), {
      headers: { authorization: `Bearer ${token}`, accept: 'text/calendar' },
    });
  } catch {
    throw new ApiError(0, 'network');
  }
  if (!response.ok) {
    const problem = ProblemSchema.safeParse(await response.json().catch(() => null));
    throw new ApiError(
      response.status,
      problem.success ? problem.data.detail : response.statusText,
    );
  }
  const url = URL.createObjectURL(await response.blob());
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = CALENDAR_FILE;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // The click has handed the Blob to the download; the URL can go after this turn.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
  return CALENDAR_FILE;
}
