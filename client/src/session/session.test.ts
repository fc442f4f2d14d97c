import type { Session } from '@salon/shared';
import { describe, expect, it } from 'vitest';
import {
  EXPIRY_MARGIN_MS,
  SESSION_STORAGE_KEY,
  readStoredSession,
  storeSession,
} from './session.ts';

const NOW = Date.parse('2027-04-26T10:00:00.000Z');

function session(expiresInMs: number): Session {
  return {
    token: 'header.payload.signature',
    expiresAt: new Date(NOW + expiresInMs).toISOString(),
    user: {
      id: '00000000-0000-4000-8000-000000000001',
      displayName: 'Гость 1234',
      role: 'visitor',
      color: '#e63946',
      email: null,
      exhibitorId: null,
    },
  };
}

function memoryStorage(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
    removeItem: (key: string) => void values.delete(key),
  };
}

describe('readStoredSession', () => {
  it('reuses a stored session that has time left', () => {
    const storage = memoryStorage();
    storeSession(storage, session(24 * 3600_000));
    expect(readStoredSession(storage, NOW)?.user.displayName).toBe('Гость 1234');
  });

  it('drops a session that is about to expire', () => {
    const storage = memoryStorage();
    storeSession(storage, session(EXPIRY_MARGIN_MS - 1000));
    expect(readStoredSession(storage, NOW)).toBeNull();
  });

  it.each([
    ['nothing stored', memoryStorage()],
    ['broken JSON', memoryStorage({ [SESSION_STORAGE_KEY]: '{not json' })],
    ['the wrong shape', memoryStorage({ [SESSION_STORAGE_KEY]: '{"token":42}' })],
  ])('returns null for %s', (_case, storage) => {
    expect(readStoredSession(storage, NOW)).toBeNull();
  });

  it('survives storage that refuses to be read', () => {
    const storage = {
      ...memoryStorage(),
      getItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(readStoredSession(storage, NOW)).toBeNull();
  });
});

describe('storeSession', () => {
  it('forgets the session when given null', () => {
    const storage = memoryStorage();
    storeSession(storage, session(3600_000));
    storeSession(storage, null);
    expect(storage.getItem(SESSION_STORAGE_KEY)).toBeNull();
  });
});
