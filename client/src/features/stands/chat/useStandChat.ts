/**
 * Everything the stand chat shows and does: the live stream, the latest history page (on entry
 * and again after each reconnect, to fill what was missed), earlier pages, posting and hiding.
 * Moderation reads the history with the staff's token, which includes hidden messages.
 */
import type { ChatMessage } from '@salon/shared';
import { useCallback, useReducer, useRef, useState } from 'react';
import { useSessionStore } from '../../../session/sessionStore.ts';
import { withSession } from '../../../session/withSession.ts';
import { fetchChatPage, hideChatMessage, postChatMessage } from './chatApi.ts';
import { chatReducer, initialChatState } from './chatReducer.ts';
import { useChatStream } from './useChatStream.ts';

export function useStandChat(exhibitorId: string, moderation: boolean) {
  const [state, dispatch] = useReducer(chatReducer, moderation, initialChatState);
  const [historyError, setHistoryError] = useState<Error | null>(null);
  const [loadingEarlier, setLoadingEarlier] = useState(false);
  const [earlierError, setEarlierError] = useState<Error | null>(null);
  /** The newest message from someone else that arrived live, for screen readers. */
  const [arrived, setArrived] = useState<ChatMessage | null>(null);
  const loadingLatest = useRef(false);

  const readPage = useCallback(
    (before?: string) =>
      moderation
        ? withSession((token) => fetchChatPage(exhibitorId, { before, token }))
        : fetchChatPage(exhibitorId, { before }),
    [exhibitorId, moderation],
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

  const status = useChatStream(exhibitorId, {
    onEvent: (event) => {
      dispatch({ type: 'event', event });
      const me = useSessionStore.getState().user?.id;
      if (event.type === 'message' && event.message.author.id !== me) setArrived(event.message);
    },
    // The stream is up (first time or again): read the latest page to fill what it missed.
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
    async (body: string) => {
      const message = await withSession((token) => postChatMessage(exhibitorId, body, token));
      dispatch({ type: 'posted', message });
    },
    [exhibitorId],
  );

  const hide = useCallback(
    async (messageId: string) => {
      await withSession((token) => hideChatMessage(exhibitorId, messageId, token));
      dispatch({ type: 'hidden', messageId });
    },
    [exhibitorId],
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
    hide,
    arrived,
  };
}
