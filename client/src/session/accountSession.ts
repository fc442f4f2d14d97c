/**
 * Signing in, registering and signing out. A guest's token goes along with sign-in and
 * registration, so the api moves what the guest collected (briefcase) into the account; the
 * old guest session is revoked there. Every change of person bumps `identity` in the store,
 * which makes the hall rejoin with the new token.
 */
import { SessionSchema, type RegisterBody, type Session, type SignInBody } from '@salon/shared';
import { ApiError, apiPath, postJson, sendJson } from '../api/apiClient.ts';
import { NoContentSchema } from '../api/noContent.ts';
import { getSession, readStoredSession, storeSession } from './session.ts';
import { kindOf } from './sessionState.ts';
import { useSessionStore } from './sessionStore.ts';

/** The guest's token, if the visitor is a guest now: what they collected comes along. */
function guestToken(): string | undefined {
  const stored = readStoredSession(localStorage, Date.now());
  return stored && kindOf(stored.user) === 'guest' ? stored.token : undefined;
}

function started(session: Session): Session {
  storeSession(localStorage, session);
  useSessionStore.getState().apply({ type: 'signedIn', session });
  return session;
}

export async function signIn(body: SignInBody): Promise<Session> {
  const token = guestToken();
  return started(await postJson(apiPath('/sessions'), body, SessionSchema, { token }));
}

export async function register(body: RegisterBody): Promise<Session> {
  const token = guestToken();
  return started(await postJson(apiPath('/accounts'), body, SessionSchema, { token }));
}

/**
 * Ends the session on the api, forgets it here, and starts a fresh guest session so the
 * visitor can keep walking the hall. A session the api had already ended still signs out.
 */
export async function signOut(): Promise<Session> {
  const stored = readStoredSession(localStorage, Date.now());
  if (stored) {
    try {
      await sendJson('DELETE', apiPath('/sessions/current'), undefined, NoContentSchema, {
        token: stored.token,
      });
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 401) throw error;
    }
  }
  storeSession(localStorage, null);
  useSessionStore.getState().apply({ type: 'signedOut' });
  return getSession();
}
