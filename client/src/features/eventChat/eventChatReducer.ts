/**
 * What the event chat holds, from three sources that overlap: history pages (the latest on
 * entry and after each reconnect, earlier ones on request), the person's own messages (their
 * pending questions, which the public view never shows), and the live stream. Every message is
 * kept by id, so the same message from two sources is one; the newest word on it wins.
 *
 * A latest page read after a drop also says what was removed meanwhile: any message of the view
 * from the page's time on that the page does not hold is gone (rejected, hidden). Own messages
 * in states the view does not show (pending, rejected) come only from `mine` and stay.
 */
import {
  PUBLIC_MESSAGE_STATES,
  type ForumChatEvent,
  type ForumChatHistory,
  type ForumMessage,
  type ForumMessageState,
  type ForumVote,
} from '@salon/shared';

export interface EventChatState {
  /** Everyone's messages (moderation view) or the public ones plus the person's own. */
  moderation: boolean;
  byId: Readonly<Record<string, ForumMessage>>;
  /** Questions the person voted for. */
  myVotes: readonly string[];
  /** For the page before the oldest loaded; null at the beginning of the chat. */
  nextBefore: string | null;
  loaded: boolean;
}

export type EventChatAction =
  | { type: 'latest'; page: ForumChatHistory }
  | { type: 'earlier'; page: ForumChatHistory }
  | { type: 'mine'; items: readonly ForumMessage[] }
  | { type: 'event'; event: ForumChatEvent }
  /** A message this person posted or moderated, as the api answered. */
  | { type: 'upsert'; message: ForumMessage }
  | { type: 'voted'; vote: ForumVote };

export function initialEventChatState(moderation: boolean): EventChatState {
  return { moderation, byId: {}, myVotes: [], nextBefore: null, loaded: false };
}

const PUBLIC: readonly ForumMessageState[] = PUBLIC_MESSAGE_STATES;

function inView(state: EventChatState, message: ForumMessage): boolean {
  return state.moderation || PUBLIC.includes(message.state);
}

function withMessages(
  byId: Readonly<Record<string, ForumMessage>>,
  messages: readonly ForumMessage[],
): Record<string, ForumMessage> {
  const next = { ...byId };
  for (const message of messages) next[message.id] = message;
  return next;
}

/** The page's votes decide for the questions it holds; others keep what was known. */
function mergeVotes(known: readonly string[], page: ForumChatHistory): string[] {
  const onPage = new Set(page.items.map((message) => message.id));
  return [...known.filter((id) => !onPage.has(id)), ...page.myVotes];
}

export function eventChatReducer(state: EventChatState, action: EventChatAction): EventChatState {
  switch (action.type) {
    case 'latest': {
      const { page } = action;
      const oldest = page.items[0]?.createdAt;
      const onPage = new Set(page.items.map((message) => message.id));
      const kept = Object.values(state.byId).filter(
        (message) =>
          onPage.has(message.id) ||
          !inView(state, message) ||
          // Older than the page: not the page's business (an empty page covers everything).
          (oldest !== undefined && Date.parse(message.createdAt) < Date.parse(oldest)),
      );
      const byId = withMessages(
        Object.fromEntries(kept.map((message) => [message.id, message])),
        page.items,
      );
      return {
        ...state,
        byId,
        myVotes: mergeVotes(state.myVotes, page),
        nextBefore: state.loaded ? state.nextBefore : page.nextBefore,
        loaded: true,
      };
    }
    case 'earlier':
      return {
        ...state,
        byId: withMessages(state.byId, action.page.items),
        myVotes: mergeVotes(state.myVotes, action.page),
        nextBefore: action.page.nextBefore,
      };
    case 'mine':
      return { ...state, byId: withMessages(state.byId, action.items) };
    case 'upsert':
      return { ...state, byId: withMessages(state.byId, [action.message]) };
    case 'voted': {
      const { vote } = action;
      const message = state.byId[vote.messageId];
      const others = state.myVotes.filter((id) => id !== vote.messageId);
      return {
        ...state,
        byId: message
          ? { ...state.byId, [message.id]: { ...message, votes: vote.votes } }
          : state.byId,
        myVotes: vote.votedByMe ? [...others, vote.messageId] : others,
      };
    }
    case 'event':
      return applyEvent(state, action.event);
  }
}

function applyEvent(state: EventChatState, event: ForumChatEvent): EventChatState {
  switch (event.type) {
    case 'message':
      return { ...state, byId: withMessages(state.byId, [event.message]) };
    case 'removed': {
      if (!(event.messageId in state.byId)) return state;
      const byId = Object.fromEntries(
        Object.entries(state.byId).filter(([id]) => id !== event.messageId),
      );
      return { ...state, byId };
    }
    case 'votes': {
      const message = state.byId[event.messageId];
      if (!message) return state;
      return {
        ...state,
        byId: { ...state.byId, [message.id]: { ...message, votes: event.votes } },
      };
    }
    case 'broadcast':
    case 'recording':
      return state;
  }
}
