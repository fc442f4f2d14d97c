/**
 * The session an accepted invitation answers with, kept exactly as signing in keeps one
 * (session/accountSession.ts): stored for the next visit and announced to the store as a
 * sign-in, so the header, the hall connection and the dashboard all follow the new person.
 */
import type { Session } from '@salon/shared';
import { storeSession } from '../../session/session.ts';
import { useSessionStore } from '../../session/sessionStore.ts';

export function startInvitedSession(session: Session): void {
  storeSession(localStorage, session);
  useSessionStore.getState().apply({ type: 'signedIn', session });
}
