/**
 * Who is asking: `request.sessionClaims` from a `Bearer` session token, or null. Routes that
 * need a session use `requireSession`, which answers 401 with a problem otherwise.
 */
import type { SessionClaims } from '@salon/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { SessionTokens } from '../auth/sessionTokens.ts';
import { HttpProblem } from './problems.ts';

declare module 'fastify' {
  interface FastifyInstance {
    sessionTokens: SessionTokens;
  }
  interface FastifyRequest {
    sessionClaims: SessionClaims | null;
  }
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

export function requireSession(request: FastifyRequest): SessionClaims {
  if (!request.sessionClaims) {
    throw new HttpProblem(
      401,
      'unauthorized',
      'Session required',
      'Your session is missing or has expired. Reload the page to get a new one.',
    );
  }
  return request.sessionClaims;
}
