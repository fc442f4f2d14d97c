/**
 * Feedback calls: a viewer's own rating of an event (absent until they rate: 404), rating it,
 * and the results organisers read: the rated events with count and average, and each event's
 * distribution and comments a page at a time.
 */
import {
  FeedbackOverviewSchema,
  FeedbackResultsSchema,
  FeedbackSchema,
  type Feedback,
  type FeedbackInput,
} from '@salon/shared';
import { ApiError, apiPath, getJson, sendJson } from '../../api/apiClient.ts';
import { withSession } from '../../session/withSession.ts';

const feedbackPath = (eventId: string, rest = '') =>
  `/events/${encodeURIComponent(eventId)}/feedback${rest}`;

export async function fetchMyFeedback(eventId: string): Promise<Feedback | null> {
  try {
    return await withSession((token) =>
      getJson(apiPath(feedbackPath(eventId, '/mine')), FeedbackSchema, { token }),
    );
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export function saveFeedback(eventId: string, input: FeedbackInput): Promise<Feedback> {
  return withSession((token) =>
    sendJson('PUT', apiPath(feedbackPath(eventId)), input, FeedbackSchema, { token }),
  );
}

export function fetchFeedbackResults(
  eventId: string,
  query: { page: number; pageSize: number },
  signal?: AbortSignal,
) {
  return withSession((token) =>
    getJson(apiPath(feedbackPath(eventId), query), FeedbackResultsSchema, { token, signal }),
  );
}

export function fetchFeedbackOverview(
  query: { page: number; pageSize: number; q: string },
  signal?: AbortSignal,
) {
  return withSession((token) =>
    getJson(
      apiPath('/feedback', { page: query.page, pageSize: query.pageSize, q: query.q || undefined }),
      FeedbackOverviewSchema,
      { token, signal },
    ),
  );
}
