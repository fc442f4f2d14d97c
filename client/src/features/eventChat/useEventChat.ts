/**
 * Everything the event chat shows and does: the live stream (public, or the staff's), the
 * latest history page on entry and after each reconnect, earlier pages, the person's own
 * messages (their pending questions), posting, voting and moderating. The stream's broadcast
 * and recording news go to the page through `onNews`.
 */
import type { ForumChatEvent, ForumMessageKind, ModerationAction } from '@salon/shared';
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { useSessionStore } from '../../session/sessionStore.ts';
import { withSession } from '../../session/withSession.ts';
import {
  fetchEventChat,
  fetchMyMessages,
  moderateMessage,
  postEventMessage,
  voteFor,
} from './eventChatApi.ts';
import { eventChatReducer, initialEventChatState } from './eventChatReducer.ts';
import { useEventChatStream } from './useEventChatStream.ts';

export type ChatNews = Extract<ForumChatEvent, { type: 'broadcast' | 'recording' }>;

export function useEventChat(
  eventId: string,
  moderation: boolean,
  onNews: (news: ChatNews) => void,
) {
  const [state, dispatch] = useReducer(eventChatReducer, moderation, initialEventChatState);
  const [historyError, setHistoryError] = useState<Error | null>(null);
  const [loadingEarlier, setLoadingEarlier] = useState(false);
  const [earlierError, setEarlierError] = useState<Error | null>(null);
  const kind = useSessionStore((store) => store.kind);
  const userId = useSessionStore((store) => store.user?.id ?? null);
  const loadingLatest = useRef(false);

  const readPage = useCallback(
    (before?: string) =>
      moderation
        ? withSession((token) => fetchEventChat(eventId, { before, moderation, token }))
        : kind === 'none'
          ? fetchEventChat(eventId, { before, moderation })
          : withSession((token) => fetchEventChat(eventId, { before, moderation, token })),
    [eventId, moderation, kind],
  );

  const loadLatest = useCallback(async () => {
    if (loadingLatest.current) return;
    loadingLatest.current = true;
    try {
      dispatch({ type: 'latest', page: await readPage() });
      setHistoryError(null);
    } catch (error) {
      setHistoryError(error as Error);
    } finally {
      loadingLatest.current = false;
    }
  }, [readPage]);

  // One's own questions wait unseen by the public view: read them for the person who wrote them.
  useEffect(() => {
    if (kind !== 'account' || moderation) return;
    let cancelled = false;
    withSession((token) => fetchMyMessages(eventId, token)).then(
      ({ items }) => {
        if (!cancelled) dispatch({ type: 'mine', items });
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [eventId, kind, moderation, userId]);

  const status = useEventChatStream(eventId, moderation, {
    onEvent: (event) => {
      if (event.type === 'broadcast' || event.type === 'recording') onNews(event);
      else dispatch({ type: 'event', event });
    },
    onOpen: () => void loadLatest(),
    // Without a stream at all, the history still shows.
    onDrop: () => {
      if (!state.loaded) void loadLatest();
    },
  });

  const loadEarlier = useCallback(async () => {
    if (!state.nextBefore) return;
    setLoadingEarlier(true);
    try {
      dispatch({ type: 'earlier', page: await readPage(state.nextBefore) });
      setEarlierError(null);
    } catch (error) {
      setEarlierError(error as Error);
    } finally {
      setLoadingEarlier(false);
    }
  }, [readPage, state.nextBefore]);

  const post = useCallback(
    async (messageKind: ForumMessageKind, body: string) => {
      const message = await withSession((token) =>
        postEventMessage(eventId, messageKind, body, token),
      );
      dispatch({ type: 'upsert', message });
    },
    [eventId],
  );

  const vote = useCallback(
    async (messageId: string, voted: boolean) => {
      const result = await withSession((token) => voteFor(eventId, messageId, voted, token));
      dispatch({ type: 'voted', vote: result });
    },
    [eventId],
  );

  const moderate = useCallback(
    async (messageId: string, action: ModerationAction) => {
      const message = await withSession((token) =>
        moderateMessage(eventId, messageId, action, token),
      );
      dispatch({ type: 'upsert', message });
    },
    [eventId],
  );

  return {
    state,
    status,
    historyError,
    retryHistory: loadLatest,
    loadEarlier,
    loadingEarlier,
    earlierError,
    post,
    vote,
    moderate,
    me: userId,
  };
}
