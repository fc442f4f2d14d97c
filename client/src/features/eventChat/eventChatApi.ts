/**
 * The event chat's calls. The public history needs no session; the moderation view, one's own
 * messages, posting, voting and moderating act for the session's user.
 */
import {
  ForumChatHistorySchema,
  ForumMessageSchema,
  ForumVoteSchema,
  type ForumMessageKind,
  type ModerationAction,
} from '@salon/shared';
import { apiPath, getJson, sendJson } from '../../api/apiClient.ts';

export const CHAT_PAGE_SIZE = 100;

const chatPath = (eventId: string, rest = '') =>
  `/events/${encodeURIComponent(eventId)}/chat${rest}`;

export function fetchEventChat(
  eventId: string,
  options: { before?: string | undefined; moderation: boolean; token?: string | undefined },
) {
  const url = apiPath(chatPath(eventId), {
    before: options.before,
    limit: CHAT_PAGE_SIZE,
    view: options.moderation ? 'moderation' : undefined,
  });
  return getJson(url, ForumChatHistorySchema, { token: options.token });
}

/** `/chat/mine` answers `{ items }`, the same items as a history page. */
const MineSchema = ForumChatHistorySchema.pick({ items: true });

export function fetchMyMessages(eventId: string, token: string) {
  return getJson(apiPath(chatPath(eventId, '/mine')), MineSchema, { token });
}

export function postEventMessage(
  eventId: string,
  kind: ForumMessageKind,
  body: string,
  token: string,
) {
  return sendJson('POST', apiPath(chatPath(eventId)), { kind, body }, ForumMessageSchema, {
    token,
  });
}

export function moderateMessage(
  eventId: string,
  messageId: string,
  action: ModerationAction,
  token: string,
) {
  const path = chatPath(eventId, `/${encodeURIComponent(messageId)}/${action}`);
  return sendJson('POST', apiPath(path), {}, ForumMessageSchema, { token });
}

export function voteFor(eventId: string, messageId: string, voted: boolean, token: string) {
  const path = chatPath(eventId, `/${encodeURIComponent(messageId)}/vote`);
  return sendJson(voted ? 'PUT' : 'DELETE', apiPath(path), undefined, ForumVoteSchema, { token });
}

/** The live stream: the public one, or the staff's with pending questions (needs the session). */
export function eventChatStreamUrl(eventId: string, moderation: boolean): string {
  return apiPath(chatPath(eventId, moderation ? '/moderation/events' : '/events'));
}
