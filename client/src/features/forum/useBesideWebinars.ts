/**
 * The exhibitors' webinars of each continuation day in a page of forum events: one request per
 * day (a day of the fair's clock), refreshed each minute so that "live" shows on its own.
 * Answers a lookup from a day to that day's webinars, or null while they load or failed.
 */
import { WebinarPageSchema, PAGE_SIZE_MAX, type EventSummary, type Webinar } from '@salon/shared';
import { useQueries } from '@tanstack/react-query';
import { apiPath, getJson } from '../../api/apiClient.ts';
import { continuationDays } from './besideWebinars.ts';
import { dayWindow } from './dayWindow.ts';

const REFRESH_MS = 60_000;

export function useBesideWebinars(
  events: readonly EventSummary[],
): (day: string) => Webinar[] | null {
  const days = continuationDays(events);
  const results = useQueries({
    queries: days.map((day) => {
      const filters = { page: 1, pageSize: PAGE_SIZE_MAX, ...dayWindow(day) };
      return {
        queryKey: ['webinars', filters],
        queryFn: ({ signal }: { signal: AbortSignal }) =>
          getJson(apiPath('/webinars', filters), WebinarPageSchema, { signal }),
        refetchInterval: REFRESH_MS,
        staleTime: 20_000,
      };
    }),
  });
  const byDay = new Map(days.map((day, index) => [day, results[index]?.data?.items ?? null]));
  return (day) => byDay.get(day) ?? null;
}
