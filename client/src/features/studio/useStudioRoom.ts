/**
 * Joins the studio room while `active`: asks the api for the studio tokens (the producer also
 * gets the program's), connects, and leaves when the page goes or the studio closes. Returns
 * the connection (re-rendering on every change of the room) and the error a person can retry.
 */
import type { StudioTokens } from '@salon/shared';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { liveErrorFrom, type LiveError } from '../../live/LiveError.ts';
import { fetchStudioTokens } from './studioApi.ts';
import { StudioConnection } from './StudioConnection.ts';

export interface StudioRoom {
  connection: StudioConnection | null;
  tokens: StudioTokens | null;
  error: LiveError | null;
  retry: () => void;
}

const noStore = () => () => {};

export function useStudioRoom(eventId: string, active: boolean): StudioRoom {
  const [attempt, setAttempt] = useState(0);
  const [joined, setJoined] = useState<{
    connection: StudioConnection;
    tokens: StudioTokens;
  } | null>(null);
  const [error, setError] = useState<LiveError | null>(null);

  useEffect(() => {
    if (!active) return;
    let cancelled = false;
    // Read through a function: it changes while the room is joined.
    const isCancelled = () => cancelled;
    let made: StudioConnection | null = null;
    fetchStudioTokens(eventId)
      .then(async (tokens) => {
        if (isCancelled()) return;
        made = new StudioConnection(tokens.studio);
        await made.open();
        if (!isCancelled()) setJoined({ connection: made, tokens });
      })
      .catch((failure: unknown) => {
        if (!cancelled) setError(liveErrorFrom(failure));
      });
    return () => {
      cancelled = true;
      setJoined(null);
      void made?.close();
    };
  }, [eventId, active, attempt]);

  const connection = joined?.connection ?? null;
  useSyncExternalStore(connection?.subscribe ?? noStore, connection?.getVersion ?? (() => 0));
  return {
    connection,
    tokens: joined?.tokens ?? null,
    error,
    retry: () => {
      setError(null);
      setAttempt((value) => value + 1);
    },
  };
}
