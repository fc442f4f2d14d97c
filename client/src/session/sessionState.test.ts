import type { Session, SessionUser } from '@salon/shared';
import { describe, expect, it } from 'vitest';
import {
  INITIAL_SESSION_STATE,
  kindOf,
  sessionTransition,
  type SessionEvent,
  type SessionState,
} from './sessionState.ts';

function user(n: number, email: string | null = null): SessionUser {
  return {
    id: `00000000-0000-4000-8000-00000000000${String(n)}`,
    displayName: email ? 'Анна Иванова' : `Гость 100${String(n)}`,
    role: 'visitor',
    color: '#e63946',
    email,
    exhibitorId: null,
  };
}

function session(sessionUser: SessionUser, token = `token-${sessionUser.id}`): Session {
  return { token, expiresAt: '2027-05-01T00:00:00.000Z', user: sessionUser };
}

const guest = session(user(1));
const account = session(user(2, 'anna@school.example'));

function run(...events: SessionEvent[]): SessionState {
  return events.reduce(sessionTransition, INITIAL_SESSION_STATE);
}

describe('kindOf', () => {
  it('tells a guest (no email) from an account', () => {
    expect(kindOf(guest.user)).toBe('guest');
    expect(kindOf(account.user)).toBe('account');
  });
});

describe('sessionTransition', () => {
  it('starts as nobody, then a guest, without a change of identity', () => {
    const state = run({ type: 'guestStarted', session: guest });
    expect(state).toMatchObject({ kind: 'guest', token: guest.token, identity: 0 });
  });

  it('restoring the same session again changes nothing that matters', () => {
    const state = run({ type: 'restored', session: guest }, { type: 'restored', session: guest });
    expect(state).toMatchObject({ kind: 'guest', identity: 0 });
  });

  it('signing in makes an account and a new identity', () => {
    const state = run(
      { type: 'guestStarted', session: guest },
      { type: 'signedIn', session: account },
    );
    expect(state).toMatchObject({ kind: 'account', user: account.user, identity: 1 });
  });

  it('registering from a guest keeps the user but is still a new identity (new token)', () => {
    const upgraded = session({ ...guest.user, email: 'new@school.example' }, 'token-upgraded');
    const state = run(
      { type: 'guestStarted', session: guest },
      { type: 'signedIn', session: upgraded },
    );
    expect(state).toMatchObject({ kind: 'account', token: 'token-upgraded', identity: 1 });
  });

  it('signing out leaves nobody, then a fresh guest, with one change of identity', () => {
    const fresh = session(user(3));
    const state = run(
      { type: 'signedIn', session: account },
      { type: 'signedOut' },
      { type: 'guestStarted', session: fresh },
    );
    expect(state).toMatchObject({ kind: 'guest', user: fresh.user, ended: null, identity: 2 });
  });

  it('a guest renamed is a new guest: a new identity', () => {
    const renamed = session({ ...user(4), displayName: 'Пётр' });
    const state = run(
      { type: 'guestStarted', session: guest },
      { type: 'guestStarted', session: renamed },
    );
    expect(state).toMatchObject({ kind: 'guest', identity: 1 });
  });

  it('remembers an account whose session ended, while the visitor goes on as a guest', () => {
    const fresh = session(user(5));
    const state = run(
      { type: 'restored', session: account },
      { type: 'sessionGone', user: account.user },
      { type: 'guestStarted', session: fresh },
    );
    expect(state).toMatchObject({
      kind: 'guest',
      user: fresh.user,
      ended: { displayName: 'Анна Иванова', email: 'anna@school.example' },
      identity: 1,
    });
  });

  it('forgets the ended account once it signs in again, or when dismissed', () => {
    const ended = run(
      { type: 'restored', session: account },
      { type: 'sessionGone', user: account.user },
    );
    expect(sessionTransition(ended, { type: 'signedIn', session: account }).ended).toBeNull();
    expect(sessionTransition(ended, { type: 'dismissEnded' }).ended).toBeNull();
  });

  it('does not ask a guest to sign in when their session is gone', () => {
    const state = run(
      { type: 'restored', session: guest },
      { type: 'sessionGone', user: guest.user },
    );
    expect(state).toMatchObject({ kind: 'none', user: null, ended: null, identity: 1 });
  });

  it('remembers an account that ended before this page knew it, without a change to follow', () => {
    expect(run({ type: 'sessionGone', user: account.user })).toEqual({
      ...INITIAL_SESSION_STATE,
      ended: { displayName: 'Анна Иванова', email: 'anna@school.example' },
    });
  });

  it('follows another tab that signed in', () => {
    const state = run({ type: 'restored', session: guest }, { type: 'restored', session: account });
    expect(state).toMatchObject({ kind: 'account', identity: 1 });
  });
});
