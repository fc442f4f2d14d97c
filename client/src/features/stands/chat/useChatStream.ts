/**
 * The live stand chat over server-sent events. EventSource retries by itself only while the
 * server answers well; here every error closes it and reconnects after a growing, jittered delay,
 * reporting "reconnecting" meanwhile. Going offline closes it at once; coming back online
 * reconnects at once. Each event is parsed with the shared schema; anything else is ignored.
 */
import { ChatEventSchema, type ChatEvent } from '@salon/shared';
import { useEffect, useRef, useState } from 'react';
import { chatEventsUrl } from './chatApi.ts';
import { reconnectDelay } from './reconnectDelay.ts';

export type StreamStatus = 'connecting' | 'live' | 'reconnecting';

interface StreamHandlers {
  onEvent: (event: ChatEvent) => void;
  /** The stream is up, first time or again: what was said meanwhile is not in it. */
  onOpen: () => void;
  onDrop: () => void;
}

export function useChatStream(exhibitorId: string, handlers: StreamHandlers): StreamStatus {
  const [status, setStatus] = useState<StreamStatus>('connecting');
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    let source: EventSource | null = null;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let attempt = 0;

    const connect = () => {
      timer = null;
      source = new EventSource(chatEventsUrl(exhibitorId));
      source.onopen = () => {
        attempt = 0;
        setStatus('live');
        latest.current.onOpen();
      };
      source.onmessage = (message: MessageEvent<string>) => {
        let data: unknown;
        try {
          data = JSON.parse(message.data);
        } catch {
          return;
        }
        const event = ChatEventSchema.safeParse(data);
        if (event.success) latest.current.onEvent(event.data);
      };
      source.onerror = () => {
        source?.close();
        source = null;
        setStatus('reconnecting');
        latest.current.onDrop();
        timer = setTimeout(connect, reconnectDelay(attempt));
        attempt += 1;
      };
    };
    const onOnline = () => {
      if (source) return;
      if (timer) clearTimeout(timer);
      attempt = 0;
      connect();
    };
    // A stream over a dead network can stay open and silent for minutes (EventSource does not
    // surface the server's keep-alive comments): the browser saying it is offline is the
    // surest sign. Wait for it to come back rather than retrying into nothing.
    const onOffline = () => {
      source?.close();
      source = null;
      if (timer) clearTimeout(timer);
      timer = null;
      setStatus('reconnecting');
      latest.current.onDrop();
    };

    connect();
    window.addEventListener('online', onOnline);
    window.addEventListener('offline', onOffline);
    return () => {
      window.removeEventListener('online', onOnline);
      window.removeEventListener('offline', onOffline);
      if (timer) clearTimeout(timer);
      source?.close();
    };
  }, [exhibitorId]);

  return status;
}
