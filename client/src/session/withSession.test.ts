import type { Session, SessionUser } from '@salon/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/apiClient.ts';
import { SESSION_STORAGE_KEY, getSession, readStoredRecord } from './session.ts';
import { INITIAL_SESSION_STATE } from './sessionState.ts';
import { useSessionStore } from './sessionStore.ts';
import { SessionEndedError, withSession } from './withSession.ts';

const HOUR = 3600_000;

function user(id: string, email: string | null, displayName: string): SessionUser {
  return { id, displayName, role: 'visitor', color: '#e63946', email, exhibitorId: null };
}

const GUEST = user('00000000-0000-4000-8000-000000000001', null, 'Пётр');
const ACCOUNT = user('00000000-0000-4000-8000-000000000002', 'anna@school.example', 'Анна');
const NEW_GUEST = user('00000000-0000-4000-8000-000000000003', null, 'whatever');

function session(sessionUser: SessionUser, token: string, expiresInMs = 24 * HOUR): Session {
  return { token, expiresAt: new Date(Date.now() + expiresInMs).toISOString(), user: sessionUser };
}

function memoryStorage() {
  const values = new Map<string, string>();
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
    removeItem: (key: string) => void values.delete(key),
  };
}

/** The api's guest route: records what it was asked, answers with NEW_GUEST's session. */
const guestRequests: unknown[] = [];
function stubApi() {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: { body?: string }) => {
      if (!url.endsWith('/api/sessions/guest')) throw new Error(`unexpected ${url}`);
      const body = JSON.parse(init.body ?? '{}') as { displayName?: string };
      guestRequests.push(body);
      const fresh = session({ ...NEW_GUEST, displayName: body.displayName ?? 'x' }, 'token-new');
      return new Response(JSON.stringify(fresh), {
        status: 201,
        headers: { 'content-type': 'application/json' },
      });
    }),
  );
}

function store(value: Session): void {
  localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(value));
}

const gone = () => Promise.reject(new ApiError(401, 'Session required'));

beforeEach(() => {
  vi.stubGlobal('localStorage', memoryStorage());
  stubApi();
  guestRequests.length = 0;
  useSessionStore.setState(INITIAL_SESSION_STATE);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('withSession', () => {
  it('runs the call with the stored token', async () => {
    store(session(GUEST, 'token-guest'));
    expect(await withSession(async (token) => token)).toBe('token-guest');
    expect(guestRequests).toEqual([]);
  });

  it('gives a guest whose session is gone a new guest session under the same name', async () => {
    store(session(GUEST, 'token-guest'));
    const tokens: string[] = [];
    const result = await withSession(async (token) => {
      tokens.push(token);
      return token === 'token-guest' ? gone() : 'done';
    });
    expect(result).toBe('done');
    expect(tokens).toEqual(['token-guest', 'token-new']);
    expect(guestRequests).toEqual([{ displayName: 'Пётр' }]);
  });

  it('signs out an account whose session is gone and asks it to sign in, not as a guest', async () => {
    store(session(ACCOUNT, 'token-account'));
    const call = vi.fn(gone);
    await expect(withSession(call)).rejects.toBeInstanceOf(SessionEndedError);
    expect(call).toHaveBeenCalledTimes(1);
    expect(guestRequests).toEqual([]);
    expect(readStoredRecord(localStorage)).toBeNull();
    expect(useSessionStore.getState()).toMatchObject({
      kind: 'none',
      user: null,
      ended: { displayName: 'Анна', email: 'anna@school.example' },
    });
  });

  it('passes other failures through untouched', async () => {
    store(session(ACCOUNT, 'token-account'));
    const failure = new ApiError(403, 'Not allowed');
    await expect(withSession(() => Promise.reject(failure))).rejects.toBe(failure);
    expect(useSessionStore.getState().ended).toBeNull();
  });
});

describe('getSession', () => {
  it('does not carry an expired account over into a guest under its name', async () => {
    store(session(ACCOUNT, 'token-account', 60_000));
    const next = await getSession();
    expect(next.token).toBe('token-new');
    expect(guestRequests).not.toContainEqual({ displayName: 'Анна' });
    expect(useSessionStore.getState()).toMatchObject({
      kind: 'guest',
      ended: { displayName: 'Анна', email: 'anna@school.example' },
    });
  });

  it('shares one guest request between callers at the same moment', async () => {
    const [a, b] = await Promise.all([getSession(), getSession()]);
    expect(a.token).toBe(b.token);
    expect(guestRequests).toHaveLength(1);
  });
});
