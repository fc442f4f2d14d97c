/**
 * The studio's state, live: the server-sent stream of `/studio/events`, read with fetch
 * because it needs the session as a Bearer header, reconnected after a growing delay when it
 * drops (the first event of every connection is the whole state, so nothing is missed).
 * Answers to the producer's own changes are fed in through `accept`; the highest version wins.
 * A stream the api refuses (403, 404) or that ended with the event is not retried.
 */
import { StudioStreamEventSchema, type StudioState } from '@salon/shared';
import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../api/apiClient.ts';
import { getSession } from '../../session/session.ts';
import { reconnectDelay } from '../stands/chat/reconnectDelay.ts';
import { newerState } from './newerState.ts';
import { createSseParser } from './sseParser.ts';
import { eventPath } from './studioApi.ts';

export type StreamStatus = 'connecting' | 'live' | 'reconnecting' | 'closed';

export interface StudioStateFeed {
  state: StudioState;
  stream: StreamStatus;
  accept: (state: StudioState) => void;
  /** Bumped when a speaker uploads slides: lists of slides should be fetched again. */
  slidesVersion: number;
}

async function readStream(
  eventId: string,
  signal: AbortSignal,
  onOpen: () => void,
  onData: (data: string) => void,
): Promise<void> {
  const session = await getSession();
  const response = await fetch(eventPath(eventId, '/studio/events'), {
    headers: { authorization: `Bearer ${session.token}`, accept: 'text/event-stream' },
    signal,
  });
  if (!response.ok || !response.body) throw new ApiError(response.status, response.statusText);
  onOpen();
  const parser = createSseParser(onData);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    parser.push(value);
  }
}

export function useStudioState(eventId: string, initial: StudioState): StudioStateFeed {
  const [state, setState] = useState(initial);
  const [stream, setStream] = useState<StreamStatus>('connecting');
  const [slidesVersion, setSlidesVersion] = useState(0);
  const accept = useCallback((next: StudioState) => setState((old) => newerState(old, next)), []);

  useEffect(() => {
    const controller = new AbortController();
    let attempt = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onData = (data: string) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(data);
      } catch {
        return;
      }
      const event = StudioStreamEventSchema.safeParse(parsed);
      if (!event.success) return;
      if (event.data.type === 'state') accept(event.data.state);
      else setSlidesVersion((value) => value + 1);
    };
    const connect = () => {
      readStream(
        eventId,
        controller.signal,
        () => {
          attempt = 0;
          setStream('live');
        },
        onData,
      ).then(
        () => retry(),
        (error: unknown) => {
          if (controller.signal.aborted) return;
          if (error instanceof ApiError && [401, 403, 404].includes(error.status)) {
            setStream('closed');
            return;
          }
          retry();
        },
      );
    };
    const retry = () => {
      if (controller.signal.aborted) return;
      setStream('reconnecting');
      timer = setTimeout(connect, reconnectDelay(attempt));
      attempt += 1;
    };
    connect();
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [eventId, accept]);

  return { state, stream, accept, slidesVersion };
}
