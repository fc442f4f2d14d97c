/**
 * Signs and verifies session tokens: HS256 JWTs whose claims follow `SessionClaimsSchema`.
 * The game server verifies the same tokens with the same secret, without calling the api.
 */
import { SessionClaimsSchema, type SessionClaims, type SessionUser } from '@salon/shared';
import { SignJWT, jwtVerify } from 'jose';

export const SESSION_TTL_SECONDS = 12 * 60 * 60;

export interface SessionTokens {
  /** A token for this user, backed by the session row `sessionId`, expiring at `expiresAt`. */
  sign(user: SessionUser, sessionId: string, expiresAt: Date): Promise<string>;
  /** The claims of a valid, unexpired token; null for anything else. */
  verify(token: string): Promise<SessionClaims | null>;
}

export function createSessionTokens(secret: string): SessionTokens {
  const key = new TextEncoder().encode(secret);
  return {
    sign(user, sessionId, expiresAt) {
      return new SignJWT({ name: user.displayName, role: user.role, sid: sessionId })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(user.id)
        .setIssuedAt()
        .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
        .sign(key);
    },
    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'] });
        const claims = SessionClaimsSchema.safeParse(payload);
        return claims.success ? claims.data : null;
      } catch {
        return null;
      }
    },
  };
}
