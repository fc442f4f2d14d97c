/**
 * Verifies the session tokens the api signs (HS256 JWTs, see api/src/auth/sessionTokens.ts) with
 * the shared secret, without calling the api. Anything but a valid, unexpired token whose claims
 * match SessionClaimsSchema is refused as null, never thrown.
 */
import { SessionClaimsSchema, type SessionClaims } from '@salon/shared';
import { jwtVerify } from 'jose';

export type SessionVerifier = (token: unknown) => Promise<SessionClaims | null>;

export function createSessionVerifier(secret: string): SessionVerifier {
  const key = new TextEncoder().encode(secret);
  return async (token) => {
    if (typeof token !== 'string' || token.length === 0 || token.length > 4096) return null;
    try {
      const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'] });
      const claims = SessionClaimsSchema.safeParse(payload);
      return claims.success ? claims.data : null;
    } catch {
      return null;
    }
  };
}
