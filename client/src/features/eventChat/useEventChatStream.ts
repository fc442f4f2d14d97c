/**
 * The event chat's live stream, read with fetch (the moderation stream takes the session as a
 * Bearer header, which EventSource cannot send; the public one is read the same way). Any end or
 * error reconnects after a growing, jittered delay, saying "reconnecting" meanwhile; going
 * offline stops at once and coming back online reconnects at once. Each event is parsed with the
 * shared schema; anything else is ignored.
 */
import { ForumChatEventSchema, type ForumChatEvent } from '@salon/shared';
import { useEffect, useRef, useState } from 'react';
import { withSession } from '../../session/withSession.ts';
import { reconnectDelay } from '../stands/chat/reconnectDelay.ts';
import { createSseParser } from '../studio/sseParser.ts';
import { eventChatStreamUrl } from './eventChatApi.ts';

export type StreamStatus = 'connecting' | 'live' | 'reconnecting';

interface StreamHandlers {
  onEvent: (event: ForumChatEvent) => void;
  /** The stream is up, first time or again: what happened meanwhile is not in it. */
  onOpen: () => void;
  /** The stream is down (for a while or for good): the history should still show. */
  onDrop: () => void;
}

function parse(data: string): ForumChatEvent | null {
  try {
    const event = ForumChatEventSchema.safeParse(JSON.parse(data));
    return event.success ? event.data : null;
  } catch {
    return null;
  }
}

async function openStream(url: string, token: string | null, signal: AbortSignal) {
  const headers: Record<string, string> = { accept: 'text/event-stream' };
  if (token) headers['authorization'] = `Bearer ${token}`;
  const response = await fetch(url, { headers, signal });
  if (!response.ok || !response.body) {
    throw Object.assign(new Error(`stream ${String(response.status)}`), {
      status: response.status,
    });
  }
  return response.body.pipeThrough(new TextDecoderStream()).getReader();
}

export function useEventChatStream(
  eventId: string,
  moderation: boolean,
  handlers: StreamHandlers,
): StreamStatus {
  const [status, setStatus] = useState<StreamStatus>('connecting');
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    let controller: AbortController | null = null;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let attempt = 0;
    let stopped = false;
    const url = eventChatStreamUrl(eventId, moderation);

    const retry = () => {
      controller = null;
      if (stopped) return;
      setStatus('reconnecting');
      latest.current.onDrop();
      timer = setTimeout(() => void connect(), reconnectDelay(attempt));
      attempt += 1;
    };

    const connect = async () => {
      timer = null;
      const own = new AbortController();
      controller = own;
      try {
        const reader = moderation
          ? await withSession((token) => openStream(url, token, own.signal))
          : await openStream(url, null, own.signal);
        attempt = 0;
        setStatus('live');
        latest.current.onOpen();
        const parser = createSseParser((data) => {
          const event = parse(data);
          if (event) latest.current.onEvent(event);
        });
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          parser.push(value);
        }
      } catch {
        // Ended, refused or cut off: all mean "try again later", unless we were stopped.
      }
      if (controller === own && !own.signal.aborted) retry();
    };

    const onOnline = () => {
      if (controller) return;
      if (timer) clearTimeout(timer);
      attempt = 0;
      void connect();
    };
    const onOffline = () => {
      const open = controller;
      controller = null;
      open?.abort();
      if (timer) clearTimeout(timer);
      timer = null;
      setStatus('reconnecting');
      latest.current.onDrop();
    };

    void connect();
    window.addEventListener('online', onOnline);
    window.addEventListener('offline', onOffline);
    return () => {
      stopped = true;
      window.removeEventListener('online', onOnline);
      window.removeEventListener('offline', onOffline);
      if (timer) clearTimeout(timer);
      controller?.abort();
    };
  }, [eventId, moderation]);

  return status;
}
