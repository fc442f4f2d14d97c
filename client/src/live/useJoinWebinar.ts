/**
 * Joins a webinar while a component shows it, and leaves when it goes away (or when the person
 * behind the session changes: the new person joins with their own token). `webinarId` null
 * means "not now". A failed join stays failed until `retry()`; a dropped connection is the
 * session's own business (it rejoins by itself).
 */
import { useEffect, useState } from 'react';
import { useSessionStore } from '../session/sessionStore.ts';
import { joinWebinar, type LiveSession } from './joinWebinar.ts';
import { liveErrorFrom, type LiveError } from './LiveError.ts';

export interface JoinedWebinar {
  session: LiveSession | null;
  error: LiveError | null;
  retry: () => void;
}

interface Outcome {
  key: string;
  session: LiveSession | null;
  error: LiveError | null;
}

export function useJoinWebinar(webinarId: string | null, sound = true): JoinedWebinar {
  const identity = useSessionStore((state) => state.identity);
  const [attempt, setAttempt] = useState(0);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const key = `${webinarId ?? ''}|${identity}|${attempt}`;

  useEffect(() => {
    if (!webinarId) return;
    let cancelled = false;
    let held: LiveSession | null = null;
    joinWebinar(webinarId, { sound }).then(
      (session) => {
        if (cancelled) {
          void session.leave();
          return;
        }
        held = session;
        setOutcome({ key, session, error: null });
      },
      (error: unknown) => {
        if (!cancelled) setOutcome({ key, session: null, error: liveErrorFrom(error) });
      },
    );
    return () => {
      cancelled = true;
      void held?.leave();
    };
    // `sound` is the starting choice only; a view changes it later with session.setSound.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [webinarId, key]);

  const current = outcome?.key === key ? outcome : null;
  return {
    session: current?.session ?? null,
    error: current?.error ?? null,
    retry: () => setAttempt((value) => value + 1),
  };
}
