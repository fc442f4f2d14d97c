/**
 * Webinars as data: a stand's coming and live webinars (what the stand page, the hall and the
 * dashboard list), one webinar, the fair's schedule of webinars, and the stand staff's
 * scheduling calls. Live video itself is src/live/. Every answer is parsed with its schema.
 */
import {
  WebinarListSchema,
  WebinarPageSchema,
  WebinarSchema,
  type Webinar,
  type WebinarInput,
  type WebinarQuery,
} from '@salon/shared';
import { keepPreviousData, useQuery, type QueryClient } from '@tanstack/react-query';
import { apiPath, getJson, postJson, sendJson, type RequestOptions } from './apiClient.ts';
import { NoContentSchema } from './noContent.ts';

/** A stand's list is polled this often where it shows, so "Live now" appears on its own. */
export const STAND_WEBINARS_POLL_MS = 20_000;

export const standWebinarsKey = (exhibitorId: string) => ['stand-webinars', exhibitorId] as const;
export const webinarKey = (webinarId: string) => ['webinar', webinarId] as const;

const standPath = (exhibitorId: string, rest = '') =>
  `/stands/${encodeURIComponent(exhibitorId)}/webinars${rest}`;

export function useStandWebinars(exhibitorId: string | null) {
  return useQuery({
    queryKey: standWebinarsKey(exhibitorId ?? ''),
    queryFn: ({ signal }) =>
      getJson(apiPath(standPath(exhibitorId ?? '')), WebinarListSchema, { signal }),
    enabled: exhibitorId !== null && exhibitorId !== '',
    refetchInterval: STAND_WEBINARS_POLL_MS,
    staleTime: 5_000,
  });
}

export function useWebinar(webinarId: string) {
  return useQuery({
    queryKey: webinarKey(webinarId),
    queryFn: ({ signal }) =>
      getJson(apiPath(`/webinars/${encodeURIComponent(webinarId)}`), WebinarSchema, { signal }),
  });
}

export type WebinarFilters = Partial<Omit<WebinarQuery, 'page' | 'pageSize'>> & {
  page: number;
  pageSize?: number;
};

/** The fair's schedule of webinars (a day's window, a topic), a page at a time. */
export function useFairWebinars(filters: WebinarFilters) {
  return useQuery({
    queryKey: ['webinars', filters],
    queryFn: ({ signal }) => getJson(apiPath('/webinars', filters), WebinarPageSchema, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function createWebinar(exhibitorId: string, input: WebinarInput, options: RequestOptions) {
  return postJson(apiPath(standPath(exhibitorId)), input, WebinarSchema, options);
}

export function updateWebinar(
  exhibitorId: string,
  webinarId: string,
  change: Partial<WebinarInput>,
  options: RequestOptions,
) {
  return sendJson(
    'PATCH',
    apiPath(standPath(exhibitorId, `/${encodeURIComponent(webinarId)}`)),
    change,
    WebinarSchema,
    options,
  );
}

export async function deleteWebinar(
  exhibitorId: string,
  webinarId: string,
  options: RequestOptions,
): Promise<void> {
  await sendJson(
    'DELETE',
    apiPath(standPath(exhibitorId, `/${encodeURIComponent(webinarId)}`)),
    undefined,
    NoContentSchema,
    options,
  );
}

/** After a webinar changed: its stand's list, the fair's schedule and the webinar itself. */
export function refreshWebinar(client: QueryClient, webinar: Pick<Webinar, 'id' | 'exhibitorId'>) {
  void client.invalidateQueries({ queryKey: standWebinarsKey(webinar.exhibitorId) });
  void client.invalidateQueries({ queryKey: ['webinars'] });
  void client.invalidateQueries({ queryKey: webinarKey(webinar.id) });
}
