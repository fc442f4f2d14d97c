/**
 * Watches the program while a component shows it (and the event is live): joins, follows every
 * change of the connection, leaves on unmount or when the person behind the session changes.
 * A failed first join stays failed until `retry()`.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { LiveError } from '../../live/LiveError.ts';
import { useSessionStore } from '../../session/sessionStore.ts';
import { ProgramConnection } from './ProgramConnection.ts';
import { programErrorFrom } from './programError.ts';

interface Outcome {
  key: string;
  connection: ProgramConnection | null;
  error: LiveError | null;
}

const noConnection = () => () => undefined;

export function useProgram(eventId: string, live: boolean) {
  const identity = useSessionStore((state) => state.identity);
  const [attempt, setAttempt] = useState(0);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const key = `${eventId}|${identity}|${attempt}|${live ? 'live' : 'off'}`;

  useEffect(() => {
    if (!live) return;
    const connection = new ProgramConnection(eventId);
    let cancelled = false;
    connection.open().then(
      () => {
        if (!cancelled) setOutcome({ key, connection, error: null });
      },
      (error: unknown) => {
        void connection.close();
        if (!cancelled) setOutcome({ key, connection: null, error: programErrorFrom(error) });
      },
    );
    return () => {
      cancelled = true;
      void connection.close();
    };
  }, [eventId, live, key]);

  const current = outcome?.key === key ? outcome : null;
  const connection = current?.connection ?? null;
  // Re-renders on every change of the connection (tracks, sound, state).
  useSyncExternalStore(connection?.subscribe ?? noConnection, () => connection?.version ?? -1);
  return {
    connection,
    error: current?.error ?? null,
    retry: () => setAttempt((value) => value + 1),
  };
}
