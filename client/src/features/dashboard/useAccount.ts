/**
 * Who is at the dashboard and the organiser pages: still finding out, not signed in (no session,
 * or only a guest's), or signed in with an account. The session itself belongs to session/; this
 * only reads the store, and asks session/ to restore the stored session when nothing has yet.
 */
import type { SessionUser } from '@salon/shared';
import { useEffect, useState } from 'react';
import { getSession } from '../../session/session.ts';
import { useSessionStore } from '../../session/sessionStore.ts';

export type AccountState =
  | { status: 'loading' }
  /** `endedName`: the account whose session just ended, to greet them when asking again. */
  | { status: 'signedOut'; endedName: string | null }
  | { status: 'account'; user: SessionUser };

export function useAccount(): AccountState {
  const kind = useSessionStore((state) => state.kind);
  const user = useSessionStore((state) => state.user);
  const ended = useSessionStore((state) => state.ended);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (kind !== 'none') return;
    // Reads back the stored session (or starts a guest one, as every page of the fair does).
    getSession().catch(() => setFailed(true));
  }, [kind]);

  if (kind === 'account' && user) return { status: 'account', user };
  if (kind === 'none' && !failed && !ended) return { status: 'loading' };
  return { status: 'signedOut', endedName: ended?.displayName ?? null };
}
