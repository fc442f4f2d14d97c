/**
 * Session tokens for bots, signed with the bench's own secret exactly as the api signs them (the
 * api allows 30 guest sessions a minute per address; the bench owns both servers' secret).
 */
import { SignJWT } from 'jose';

export function botTokenSigner(secret: string): (name: string) => Promise<string> {
  const key = new TextEncoder().encode(secret);
  return (name) =>
    new SignJWT({ name, role: 'visitor', sid: crypto.randomUUID() })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(crypto.randomUUID())
      .setIssuedAt()
      .setExpirationTime('2h')
      .sign(key);
}
