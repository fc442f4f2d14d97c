/**
 * Who is asking. A `Bearer` session token's signature is checked on every request
 * (`request.sessionClaims`); routes that act for a user call `requireUser`, which also checks
 * that the session is still live (not signed out, not expired) and loads the user's current
 * role and exhibitor, in one query.
 */
import type { SessionClaims } from '@salon/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { SessionTokens } from '../auth/sessionTokens.ts';
import { findSessionUser, type UserRow } from '../routes/sessions/sessionRepository.ts';
import { HttpProblem } from './problems.ts';

declare module 'fastify' {
  interface FastifyInstance {
    sessionTokens: SessionTokens;
  }
  interface FastifyRequest {
    sessionClaims: SessionClaims | null;
  }
}

export interface CurrentUser {
  row: UserRow;
  sessionId: string;
}

export function registerAuthentication(app: FastifyInstance, tokens: SessionTokens): void {
  app.decorate('sessionTokens', tokens);
  app.decorateRequest('sessionClaims', null);
  app.addHook('onRequest', async (request) => {
    const header = request.headers.authorization;
    if (!header?.startsWith('Bearer ')) return;
    request.sessionClaims = await tokens.verify(header.slice('Bearer '.length).trim());
  });
}

const SESSION_REQUIRED =
  'Your session is missing or has expired. Reload the page to get a new one.';

/** The signed-in (or guest) user behind the request, or null when there is none. */
export async function currentUser(
  app: FastifyInstance,
  request: FastifyRequest,
): Promise<CurrentUser | null> {
  const claims = request.sessionClaims;
  if (!claims) return null;
  const row = await findSessionUser(app.db, claims.sid);
  return row && row.id === claims.sub ? { row, sessionId: claims.sid } : null;
}

export async function requireUser(
  app: FastifyInstance,
  request: FastifyRequest,
): Promise<CurrentUser> {
  const user = await currentUser(app, request);
  if (!user) throw new HttpProblem(401, 'unauthorized', 'Session required', SESSION_REQUIRED);
  return user;
}

export function forbidden(detail: string): HttpProblem {
  return new HttpProblem(403, 'forbidden', 'Not allowed', detail);
}
