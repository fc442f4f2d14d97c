/**
 * Runs an api call for the current visitor: with their session token (a guest session is made
 * on first use), and once more with a fresh one if the api says the session is gone (signed out
 * elsewhere, expired, or the server's secret changed).
 */
import { ApiError } from '../api/apiClient.ts';
import { getSession } from './session.ts';

export async function withSession<T>(call: (token: string) => Promise<T>): Promise<T> {
  const session = await getSession();
  try {
    return await call(session.token);
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 401) throw error;
    const renewed = await getSession({ renew: true });
    return call(renewed.token);
  }
}
