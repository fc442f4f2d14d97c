/**
 * The visitor's session: a guest token from the api, or an account's after signing in, kept in
 * localStorage and reused until it nears expiry or is refused. Callers at the same moment (the
 * hall and the map mounting together) share one request, so a visitor never gets two guest
 * identities at once. An account's session is never silently replaced by a guest's: when it
 * ends, the store remembers the account (sessionState `ended`) so the UI asks to sign in again.
 */
import { SessionSchema, type Session } from '@salon/shared';
import { apiPath, postJson } from '../api/apiClient.ts';
import { defaultGuestName } from './guestName.ts';
import { kindOf } from './sessionState.ts';
import { useSessionStore } from './sessionStore.ts';

export const SESSION_STORAGE_KEY = 'salon.session';

/** A token this close to its expiry is replaced: a visit may last longer than what is left. */
export const EXPIRY_MARGIN_MS = 10 * 60_000;

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The stored session if it is well-formed, whatever its expiry; else null. */
export function readStoredRecord(storage: KeyValueStorage): Session | null {
  let raw: string | null;
  try {
    raw = storage.getItem(SESSION_STORAGE_KEY);
  } catch {
    return null;
  }
  if (!raw) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  const session = SessionSchema.safeParse(parsed);
  return session.success ? session.data : null;
}

export function isFresh(session: Session, now: number): boolean {
  return Date.parse(session.expiresAt) - EXPIRY_MARGIN_MS > now;
}

/** The stored session if it is well-formed and not about to expire, else null. */
export function readStoredSession(storage: KeyValueStorage, now: number): Session | null {
  const session = readStoredRecord(storage);
  return session && isFresh(session, now) ? session : null;
}

export function storeSession(storage: KeyValueStorage, session: Session | null): void {
  try {
    if (session) storage.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
    else storage.removeItem(SESSION_STORAGE_KEY);
  } catch {
    // Private browsing may forbid storage: the session then lasts as long as the tab.
  }
}

let pending: Promise<Session> | null = null;

/**
 * A usable session: the stored one, or a new guest session. `renew` drops the stored one first
 * (the game server or the api refused it): a guest keeps their display name; an account is
 * signed out and asked to sign in again, and meanwhile browses as a new guest.
 */
export function getSession(options: { renew?: boolean } = {}): Promise<Session> {
  const record = readStoredRecord(localStorage);
  const fresh = record && isFresh(record, Date.now()) ? record : null;
  if (fresh && !options.renew) {
    useSessionStore.getState().apply({ type: 'restored', session: fresh });
    return Promise.resolve(fresh);
  }
  if (record && kindOf(record.user) === 'account') {
    endSession(record.token);
    return getSession();
  }
  pending ??= requestGuestSession(record?.user.displayName ?? currentGuestName()).finally(() => {
    pending = null;
  });
  return pending;
}

/**
 * The api no longer accepts the session with `token`: forget it (once, however many calls
 * noticed) and let the UI ask an account holder to sign in again.
 */
export function endSession(token: string): void {
  const record = readStoredRecord(localStorage);
  if (!record || record.token !== token) return;
  storeSession(localStorage, null);
  useSessionStore.getState().apply({ type: 'sessionGone', user: record.user });
}

function currentGuestName(): string {
  const { user, kind } = useSessionStore.getState();
  return kind === 'guest' && user ? user.displayName : defaultGuestName();
}

async function requestGuestSession(displayName: string): Promise<Session> {
  // Without a name (texts not loaded yet) the api picks one.
  const body = displayName ? { displayName } : {};
  const session = await postJson(apiPath('/sessions/guest'), body, SessionSchema);
  storeSession(localStorage, session);
  useSessionStore.getState().apply({ type: 'guestStarted', session });
  return session;
}

/**
 * Shows the visitor under another name. Guests have no account to rename, so this starts a new
 * guest session with that name; the hall connection then rejoins with it (identity changes).
 */
export async function renameGuest(displayName: string): Promise<Session> {
  pending = null;
  return requestGuestSession(displayName);
}

/** Keeps this tab in step when another tab signs in, registers or starts a new guest session. */
export function followOtherTabs(): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key !== SESSION_STORAGE_KEY || event.newValue === null) return;
    const session = readStoredSession(localStorage, Date.now());
    if (session) useSessionStore.getState().apply({ type: 'restored', session });
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}
