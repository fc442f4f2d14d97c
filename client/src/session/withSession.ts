/**
 * Runs an api call for the current visitor with their session token (a guest session is made
 * on first use). When the api says the session is gone (signed out elsewhere, expired, the
 * server's secret changed): a guest gets a fresh guest session and the call runs once more; an
 * account is signed out here and the call fails with SessionEndedError, so the visitor is asked
 * to sign in again instead of quietly acting as a new guest.
 */
import { ApiError } from '../api/apiClient.ts';
import { endSession, getSession } from './session.ts';
import { kindOf } from './sessionState.ts';

export class SessionEndedError extends ApiError {
  constructor() {
    super(401, 'Your session has ended. Sign in again.');
    this.name = 'SessionEndedError';
  }
}

export async function withSession<T>(call: (token: string) => Promise<T>): Promise<T> {
  const session = await getSession();
  try {
    return await call(session.token);
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 401) throw error;
    if (kindOf(session.user) === 'account') {
      endSession(session.token);
      throw new SessionEndedError();
    }
    const renewed = await getSession({ renew: true });
    return call(renewed.token);
  }
}
