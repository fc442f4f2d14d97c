/**
 * The player's calls: the event itself, its broadcast status, its recording, and a viewer's
 * token for the program room (for the current visitor's session; the api refuses it before the
 * event goes live and after it ends).
 */
import {
  BroadcastSchema,
  EventDetailSchema,
  ForumLiveTokenSchema,
  MyForumEventsSchema,
  RecordingSchema,
  type ForumLiveToken,
} from '@salon/shared';
import { apiPath, getJson, sendJson } from '../../api/apiClient.ts';
import { withSession } from '../../session/withSession.ts';

export const eventPath = (eventId: string, rest = '') =>
  `/events/${encodeURIComponent(eventId)}${rest}`;

export function fetchEvent(eventId: string, signal?: AbortSignal) {
  return getJson(apiPath(eventPath(eventId)), EventDetailSchema, { signal });
}

export function fetchBroadcast(eventId: string, signal?: AbortSignal) {
  return getJson(apiPath(eventPath(eventId, '/broadcast')), BroadcastSchema, { signal });
}

export function fetchRecording(eventId: string, signal?: AbortSignal) {
  return getJson(apiPath(eventPath(eventId, '/recording')), RecordingSchema, { signal });
}

export function fetchProgramToken(eventId: string): Promise<ForumLiveToken> {
  return withSession((token) =>
    sendJson(
      'POST',
      apiPath(eventPath(eventId, '/program-token')),
      undefined,
      ForumLiveTokenSchema,
      {
        token,
      },
    ),
  );
}

/** The forum events the signed-in person works at, with their roles there. */
export function fetchMyForumEvents(signal?: AbortSignal) {
  return withSession((token) =>
    getJson(apiPath('/forum/my-events'), MyForumEventsSchema, { token, signal }),
  );
}
