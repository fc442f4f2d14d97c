import { ProblemSchema, SessionSchema, SessionUserSchema } from '@salon/shared';
import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/testApp.ts';

const app = useTestApp();

async function startGuest(body: unknown = {}) {
  return app().inject({ method: 'POST', url: '/api/sessions/guest', payload: body as object });
}

describe('POST /api/sessions/guest', () => {
  it('creates a guest visitor with a signed token that names them', async () => {
    const response = await startGuest({ displayName: 'Анна' });
    expect(response.statusCode).toBe(201);
    const session = SessionSchema.parse(response.json());
    expect(session.user).toMatchObject({ displayName: 'Анна', role: 'visitor' });
    const claims = decodeJwt(session.token);
    expect(claims).toMatchObject({ sub: session.user.id, name: 'Анна', role: 'visitor' });
    expect(Date.parse(session.expiresAt)).toBeGreaterThan(Date.now());
  });

  it('gives a guest without a name a default one', async () => {
    const session = SessionSchema.parse((await startGuest()).json());
    expect(session.user.displayName).toMatch(/^Гость \d{4}$/);
  });

  it.each([
    ['an empty name', { displayName: '   ' }],
    ['a name of 41 characters', { displayName: 'x'.repeat(41) }],
    ['a name with a line break', { displayName: 'a\nb' }],
    ['a name that is a number', { displayName: 42 }],
  ])('refuses %s', async (_case, body) => {
    const response = await startGuest(body);
    expect(response.statusCode).toBe(400);
    expect(ProblemSchema.parse(response.json()).errors?.[0]?.path).toBe('body.displayName');
  });

  it('stores markup in a name as text, never as markup', async () => {
    const session = SessionSchema.parse((await startGuest({ displayName: '<b>Боря</b>' })).json());
    const me = await app().inject({
      url: '/api/sessions/me',
      headers: { authorization: `Bearer ${session.token}` },
    });
    expect(SessionUserSchema.parse(me.json()).displayName).toBe('<b>Боря</b>');
  });
});

describe('GET /api/sessions/me', () => {
  it('returns the user of a valid token', async () => {
    const session = SessionSchema.parse((await startGuest({ displayName: 'Вера' })).json());
    const response = await app().inject({
      url: '/api/sessions/me',
      headers: { authorization: `Bearer ${session.token}` },
    });
    expect(SessionUserSchema.parse(response.json())).toEqual(session.user);
  });

  it.each([
    ['no token', undefined],
    ['a malformed token', 'Bearer not-a-jwt'],
    [
      'a token signed with another secret',
      'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIwMDAwMDAwMC0wMDAwLTQwMDAtODAwMC0wMDAwMDAwMDAwMDAiLCJuYW1lIjoiWCIsInJvbGUiOiJvcmdhbmlzZXIiLCJleHAiOjQxMDI0NDQ4MDB9.bm90LXRoZS1yaWdodC1zaWduYXR1cmU',
    ],
  ])('answers 401 with a problem for %s', async (_case, authorization) => {
    const response = await app().inject({
      url: '/api/sessions/me',
      headers: authorization ? { authorization } : {},
    });
    expect(response.statusCode).toBe(401);
    expect(ProblemSchema.parse(response.json()).title).toBe('Session required');
  });
});

describe('guest session flood', () => {
  it('refuses a burst of guest sessions from one address with 429 and a problem', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 40; attempt += 1) {
      statuses.push((await startGuest()).statusCode);
    }
    expect(statuses).toContain(429);
    const last = await startGuest();
    expect(ProblemSchema.parse(last.json()).title).toBe('Too many requests');
  });
});
