/**
 * Who the visitor is, as a small state machine: no session yet, a guest (a session without an
 * account), or an account. `identity` changes whenever the person behind the token changes
 * (sign-in, registration, sign-out, a guest's new name, an account's session ending), and only
 * then: whoever holds a connection made with the old token (the hall) rejoins on that signal.
 * `ended` remembers an account whose session the api no longer accepts, so the UI can ask that
 * person to sign in again instead of quietly treating them as a new guest.
 */
import type { Session, SessionUser } from '@salon/shared';

export type SessionKind = 'none' | 'guest' | 'account';

export interface EndedAccount {
  displayName: string;
  email: string | null;
}

export interface SessionState {
  kind: SessionKind;
  user: SessionUser | null;
  /** The token of the current session, for connections to check that they use it. */
  token: string | null;
  ended: EndedAccount | null;
  identity: number;
}

export type SessionEvent =
  /** A stored session was read back, or another tab changed it. */
  | { type: 'restored'; session: Session }
  /** A new guest session (first visit, renewal, a new name, after signing out). */
  | { type: 'guestStarted'; session: Session }
  /** Signed in or registered. */
  | { type: 'signedIn'; session: Session }
  | { type: 'signedOut' }
  /**
   * The api no longer accepts the session of `user` (expired, signed out elsewhere, secret
   * changed). The user comes with the event: on a fresh page nothing else knows them yet.
   */
  | { type: 'sessionGone'; user: SessionUser }
  | { type: 'dismissEnded' };

export const INITIAL_SESSION_STATE: SessionState = {
  kind: 'none',
  user: null,
  token: null,
  ended: null,
  identity: 0,
};

/** Guests have no email; every account has one. */
export function kindOf(user: SessionUser): Exclude<SessionKind, 'none'> {
  return user.email === null ? 'guest' : 'account';
}

export function sessionTransition(state: SessionState, event: SessionEvent): SessionState {
  switch (event.type) {
    case 'restored':
    case 'guestStarted': {
      const { user } = event.session;
      // The first session of the page is not a change of identity: nothing was joined yet.
      const changed = state.user !== null && state.user.id !== user.id;
      const renamed = state.user?.id === user.id && state.user.displayName !== user.displayName;
      return {
        kind: kindOf(user),
        user,
        token: event.session.token,
        ended: kindOf(user) === 'account' ? null : state.ended,
        identity: changed || renamed ? state.identity + 1 : state.identity,
      };
    }
    case 'signedIn':
      return {
        kind: kindOf(event.session.user),
        user: event.session.user,
        token: event.session.token,
        ended: null,
        identity: state.identity + 1,
      };
    case 'signedOut':
      return { ...INITIAL_SESSION_STATE, identity: state.identity + 1 };
    case 'sessionGone': {
      // A guest simply gets a new guest session next; an account is asked to sign in again.
      const { user } = event;
      const ended =
        kindOf(user) === 'account'
          ? { displayName: user.displayName, email: user.email }
          : state.ended;
      // Nothing joined with the old token before the store knew it: no change to follow then.
      const identity = state.user ? state.identity + 1 : state.identity;
      return { ...INITIAL_SESSION_STATE, ended, identity };
    }
    case 'dismissEnded':
      return { ...state, ended: null };
  }
}
