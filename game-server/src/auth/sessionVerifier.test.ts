import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { createSessionVerifier } from './sessionVerifier.ts';

const SECRET = 'a-test-secret-that-is-long-enough-0123456789';
const USER_ID = '5b0f4a52-6f1e-4a8e-9c55-2f5d1c1e7a10';
const SESSION_ID = '0d7c2f3e-4b5a-4c6d-8e9f-a0b1c2d3e4f5';

async function sign(
  claims: Record<string, unknown>,
  { secret = SECRET, expiresIn = '1h', alg = 'HS256' } = {},
): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg })
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(secret));
}

describe('createSessionVerifier', () => {
  const verify = createSessionVerifier(SECRET);

  it('returns the claims of a valid token', async () => {
    const token = await sign({ sub: USER_ID, sid: SESSION_ID, name: 'Анна', role: 'visitor' });
    expect(await verify(token)).toMatchObject({
      sub: USER_ID,
      sid: SESSION_ID,
      name: 'Анна',
      role: 'visitor',
    });
  });

  it.each([
    ['no token', undefined],
    ['a number', 42],
    ['an empty string', ''],
    ['garbage', 'not.a.jwt'],
  ])('refuses %s', async (_case, token) => {
    expect(await verify(token)).toBeNull();
  });

  it('refuses a token signed with another secret', async () => {
    const token = await sign(
      { sub: USER_ID, sid: SESSION_ID, name: 'Анна', role: 'visitor' },
      { secret: 'another-secret-that-is-also-long-enough-000' },
    );
    expect(await verify(token)).toBeNull();
  });

  it('refuses an expired token', async () => {
    const token = await sign(
      { sub: USER_ID, sid: SESSION_ID, name: 'Анна', role: 'visitor' },
      { expiresIn: '-1m' },
    );
    expect(await verify(token)).toBeNull();
  });

  it('refuses a token whose claims do not describe a session', async () => {
    expect(
      await verify(await sign({ sub: 'not-a-uuid', name: 'Анна', role: 'visitor' })),
    ).toBeNull();
    expect(
      await verify(await sign({ sub: USER_ID, sid: SESSION_ID, name: 'Анна', role: 'emperor' })),
    ).toBeNull();
  });
});
