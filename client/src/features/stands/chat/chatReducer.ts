/**
 * The stand chat's messages as one pure reducer: pages of history (the latest on entry and
 * after every reconnect, earlier ones on request) merged with live events and the visitor's own
 * posts, oldest first, each message once (by id) however many ways it arrived. A hidden message
 * leaves the visitor's view; in moderation it stays, marked hidden. Once seen hidden, a message
 * stays hidden even if an older copy of it arrives later (a history page fetched before the hide).
 */
import type { ChatEvent, ChatHistory, ChatMessage } from '@salon/shared';

export interface ChatState {
  moderation: boolean;
  /** Oldest first. */
  messages: ChatMessage[];
  hiddenIds: ReadonlySet<string>;
  /** The cursor for "Load earlier"; null when the beginning of the chat is shown. */
  nextBefore: string | null;
  /** The first page of history has arrived. */
  loaded: boolean;
}

export type ChatAction =
  | { type: 'latest'; page: ChatHistory }
  | { type: 'earlier'; page: ChatHistory }
  | { type: 'event'; event: ChatEvent }
  | { type: 'posted'; message: ChatMessage }
  | { type: 'hidden'; messageId: string };

export function initialChatState(moderation: boolean): ChatState {
  return { moderation, messages: [], hiddenIds: new Set(), nextBefore: null, loaded: false };
}

function byTime(a: ChatMessage, b: ChatMessage): number {
  if (a.createdAt !== b.createdAt) return Date.parse(a.createdAt) - Date.parse(b.createdAt);
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function merge(
  state: ChatState,
  base: readonly ChatMessage[],
  incoming: readonly ChatMessage[],
): ChatMessage[] {
  const byId = new Map(base.map((message) => [message.id, message]));
  for (const message of incoming) byId.set(message.id, message);
  const merged: ChatMessage[] = [];
  for (const message of byId.values()) {
    const hidden = message.hidden || state.hiddenIds.has(message.id);
    if (hidden && !state.moderation) continue;
    merged.push(hidden === message.hidden ? message : { ...message, hidden });
  }
  return merged.sort(byTime);
}

function hide(state: ChatState, messageId: string): ChatState {
  const hiddenIds = new Set(state.hiddenIds).add(messageId);
  const next = { ...state, hiddenIds };
  return { ...next, messages: merge(next, state.messages, []) };
}

export function chatReducer(state: ChatState, action: ChatAction): ChatState {
  switch (action.type) {
    case 'latest': {
      const { page } = action;
      const known = new Set(state.messages.map((message) => message.id));
      // After a long disconnection the latest page may not reach back to what we hold: keep
      // no hole in the middle, start again from this page.
      const gap =
        state.loaded &&
        page.nextBefore !== null &&
        state.messages.length > 0 &&
        !page.items.some((message) => known.has(message.id));
      if (!state.loaded || gap) {
        const base = gap ? [] : state.messages;
        return {
          ...state,
          messages: merge(state, base, page.items),
          nextBefore: page.nextBefore,
          loaded: true,
        };
      }
      return { ...state, messages: merge(state, state.messages, page.items) };
    }
    case 'earlier':
      return {
        ...state,
        messages: merge(state, state.messages, action.page.items),
        nextBefore: action.page.nextBefore,
      };
    case 'posted':
      return { ...state, messages: merge(state, state.messages, [action.message]) };
    case 'hidden':
      return hide(state, action.messageId);
    case 'event':
      return action.event.type === 'message'
        ? { ...state, messages: merge(state, state.messages, [action.event.message]) }
        : hide(state, action.event.messageId);
  }
}
