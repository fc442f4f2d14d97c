/**
 * Every page of the fair has a session (a guest's unless signed in), so the header can say who
 * you are and the stand's buttons work at once: one is started on the first page, and again
 * whenever there is none (after signing out, or when an account's session ended and the banner
 * asks to sign in again). The tab also follows sign-ins made in other tabs.
 */
import { useEffect } from 'react';
import { followOtherTabs, getSession } from '../../session/session.ts';
import { useSessionStore } from '../../session/sessionStore.ts';

export function useSessionBootstrap(): void {
  const kind = useSessionStore((state) => state.kind);
  useEffect(() => {
    // Offline: the hall and the forms ask again when they need a session.
    if (kind === 'none') getSession().catch(() => undefined);
  }, [kind]);
  useEffect(() => followOtherTabs(), []);
}
