/**
 * The stand chat's calls. History is public; with `token` (the stand's staff, moderating) it
 * also holds hidden messages. Posting and hiding act for the session's user.
 */
import { ChatHistorySchema, ChatMessageSchema } from '@salon/shared';
import { apiPath, getJson, postJson } from '../../../api/apiClient.ts';
import { NoContentSchema } from '../../../api/noContent.ts';

export const CHAT_PAGE_SIZE = 50;

const chatPath = (exhibitorId: string, rest = '') =>
  `/stands/${encodeURIComponent(exhibitorId)}/chat${rest}`;

export function fetchChatPage(
  exhibitorId: string,
  options: { before?: string | undefined; token?: string | undefined; signal?: AbortSignal },
) {
  const url = apiPath(chatPath(exhibitorId), { before: options.before, limit: CHAT_PAGE_SIZE });
  return getJson(url, ChatHistorySchema, { token: options.token, signal: options.signal });
}

export function postChatMessage(exhibitorId: string, body: string, token: string) {
  return postJson(apiPath(chatPath(exhibitorId)), { body }, ChatMessageSchema, { token });
}

export function hideChatMessage(exhibitorId: string, messageId: string, token: string) {
  const path = chatPath(exhibitorId, `/${encodeURIComponent(messageId)}/hide`);
  return postJson(apiPath(path), undefined, NoContentSchema, { token });
}

export function chatEventsUrl(exhibitorId: string): string {
  return apiPath(chatPath(exhibitorId, '/events'));
}
