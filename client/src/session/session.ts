/**
 * The visitor's session: a guest token from the api, kept in localStorage and reused until it
 * nears expiry or the game server refuses it. Callers at the same moment (the hall and the map
 * mounting together) share one request, so a visitor never gets two guest identities at once.
 */
import { SessionSchema, type Session } from '@salon/shared';
import { apiPath, postJson } from '../api/apiClient.ts';
import { useSessionStore } from './sessionStore.ts';

export const SESSION_STORAGE_KEY = 'salon.session';

/** A token this close to its expiry is replaced: a visit may last longer than what is left. */
export const EXPIRY_MARGIN_MS = 10 * 60_000;

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The stored session if it is well-formed and not about to expire, else null. */
export function readStoredSession(storage: KeyValueStorage, now: number): Session | null {
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
  if (!session.success) return null;
  return Date.parse(session.data.expiresAt) - EXPIRY_MARGIN_MS > now ? session.data : null;
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
 * (the game server refused it), keeping the visitor's display name.
 */
export function getSession(options: { renew?: boolean } = {}): Promise<Session> {
  const stored = readStoredSession(localStorage, Date.now());
  if (stored && !options.renew) {
    useSessionStore.getState().setUser(stored.user);
    return Promise.resolve(stored);
  }
  pending ??= requestGuestSession(stored?.user.displayName ?? currentName()).finally(() => {
    pending = null;
  });
  return pending;
}

function currentName(): string | undefined {
  return useSessionStore.getState().user?.displayName;
}

async function requestGuestSession(displayName: string | undefined): Promise<Session> {
  const body = displayName ? { displayName } : {};
  const session = await postJson(apiPath('/sessions/guest'), body, SessionSchema);
  storeSession(localStorage, session);
  useSessionStore.getState().setUser(session.user);
  return session;
}

/**
 * Shows the visitor under another name. Guests have no account to rename, so this starts a new
 * guest session with that name; the hall connection then rejoins with it.
 */
export async function renameGuest(displayName: string): Promise<Session> {
  pending = null;
  return requestGuestSession(displayName);
}
