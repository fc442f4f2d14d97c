import { ProblemSchema, SessionSchema, SessionUserSchema } from '@salon/shared';
import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { bearer, guestSession } from '../../../test/sessionsForTests.ts';
import { useTestApp } from '../../../test/testApp.ts';

const app = useTestApp();

function post(url: string, payload: unknown, headers: Record<string, string> = {}) {
  return app().inject({ method: 'POST', url, payload: payload as object, headers });
}

describe('POST /api/sessions/guest', () => {
  it('creates a guest visitor with a signed token that names them', async () => {
    const response = await post('/api/sessions/guest', { displayName: 'Анна' });
    expect(response.statusCode).toBe(201);
    const session = SessionSchema.parse(response.json());
    expect(session.user).toMatchObject({ displayName: 'Анна', role: 'visitor', email: null });
    expect(decodeJwt(session.token)).toMatchObject({ sub: session.user.id, name: 'Анна' });
    expect(Date.parse(session.expiresAt)).toBeGreaterThan(Date.now());
  });

  it('gives a guest without a name a default one', async () => {
    const session = SessionSchema.parse((await post('/api/sessions/guest', {})).json());
    expect(session.user.displayName).toMatch(/^Гость \d{4}$/);
  });

  it.each([
    ['an empty name', { displayName: '   ' }],
    ['a name of 41 characters', { displayName: 'x'.repeat(41) }],
    ['a name with a line break', { displayName: 'a\nb' }],
    ['a name that is a number', { displayName: 42 }],
  ])('refuses %s', async (_case, body) => {
    const response = await post('/api/sessions/guest', body);
    expect(response.statusCode).toBe(400);
    expect(ProblemSchema.parse(response.json()).errors?.[0]?.path).toBe('body.displayName');
  });

  it('refuses a burst of guest sessions from one address with 429, others unaffected', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 130; attempt += 1) {
      const response = await app().inject({
        method: 'POST',
        url: '/api/sessions/guest',
        payload: {},
        remoteAddress: '203.0.113.7',
      });
      statuses.push(response.statusCode);
    }
    expect(statuses).toContain(429);
    const other = await app().inject({
      method: 'POST',
      url: '/api/sessions/guest',
      payload: {},
      remoteAddress: '203.0.113.8',
    });
    expect(other.statusCode).toBe(201);
  });
});

describe('accounts and sign-in', () => {
  it('turns a guest into an account that keeps the same user, then signs in elsewhere', async () => {
    const guest = await guestSession(app(), 'Вера');
    const registered = await post(
      '/api/accounts',
      { email: 'Vera@Example.com', password: 'correct horse battery', displayName: 'Вера П.' },
      bearer(guest),
    );
    expect(registered.statusCode).toBe(201);
    const account = SessionSchema.parse(registered.json());
    expect(account.user).toMatchObject({ id: guest.user.id, email: 'vera@example.com' });

    const oldToken = await app().inject({ url: '/api/sessions/me', headers: bearer(guest) });
    expect(oldToken.statusCode).toBe(401);

    const signedIn = await post('/api/sessions', {
      email: 'vera@example.com',
      password: 'correct horse battery',
    });
    expect(SessionSchema.parse(signedIn.json()).user.id).toBe(guest.user.id);
  });

  it('refuses a second account with the same email with 409', async () => {
    const body = { email: 'dup@example.com', password: 'long enough password', displayName: 'A' };
    expect((await post('/api/accounts', body)).statusCode).toBe(201);
    const again = await post('/api/accounts', { ...body, email: 'DUP@example.com' });
    expect(again.statusCode).toBe(409);
    expect(ProblemSchema.parse(again.json()).detail).toContain('Sign in');
  });

  it.each([
    [
      'a short password',
      { email: 'a@example.com', password: 'short', displayName: 'A' },
      'body.password',
    ],
    [
      'a malformed email',
      { email: 'not-an-email', password: 'long enough pw', displayName: 'A' },
      'body.email',
    ],
  ])('refuses registration with %s', async (_case, body, path) => {
    const response = await post('/api/accounts', body);
    expect(response.statusCode).toBe(400);
    expect(ProblemSchema.parse(response.json()).errors?.map((e) => e.path)).toContain(path);
  });

  it('answers a wrong password and an unknown email alike', async () => {
    await post('/api/accounts', {
      email: 'who@example.com',
      password: 'the right password',
      displayName: 'W',
    });
    const wrong = await post('/api/sessions', {
      email: 'who@example.com',
      password: 'the wrong one',
    });
    const unknown = await post('/api/sessions', {
      email: 'nobody@example.com',
      password: 'whatever',
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toMatchObject({ detail: unknown.json<{ detail: string }>().detail });
  });

  it('slows down guessing one account from an address, not colleagues signing in from it', async () => {
    const signIn = (email: string, remoteAddress: string) =>
      app().inject({
        method: 'POST',
        url: '/api/sessions',
        payload: { email, password: 'a guess' },
        remoteAddress,
      });
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 12; attempt += 1) {
      statuses.push((await signIn('staff.e001@salon.example', '203.0.113.20')).statusCode);
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses.slice(10)).toEqual([429, 429]);
    // The same account in another case is the same account.
    expect((await signIn('STAFF.E001@salon.example', '203.0.113.20')).statusCode).toBe(429);
    // A colleague behind the same address, and the same account elsewhere, are answered.
    expect((await signIn('staff.e002@salon.example', '203.0.113.20')).statusCode).toBe(401);
    expect((await signIn('staff.e001@salon.example', '203.0.113.21')).statusCode).toBe(401);
  });

  it('lets the demo organiser sign in with the documented password', async () => {
    const response = await post('/api/sessions', {
      email: 'organiser@salon.example',
      password: 'salon-demo-2027',
    });
    expect(SessionSchema.parse(response.json()).user.role).toBe('organiser');
  });

  it('signs out: the token stops working for the api', async () => {
    const guest = await guestSession(app());
    const out = await app().inject({
      method: 'DELETE',
      url: '/api/sessions/current',
      headers: bearer(guest),
    });
    expect(out.statusCode).toBe(204);
    const me = await app().inject({ url: '/api/sessions/me', headers: bearer(guest) });
    expect(me.statusCode).toBe(401);
  });
});

describe('GET /api/sessions/me', () => {
  it('returns the user of a valid token, with markup in a name kept as text', async () => {
    const session = await guestSession(app(), '<b>Боря</b>');
    const response = await app().inject({ url: '/api/sessions/me', headers: bearer(session) });
    expect(SessionUserSchema.parse(response.json())).toEqual(session.user);
    expect(session.user.displayName).toBe('<b>Боря</b>');
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
