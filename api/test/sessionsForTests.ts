/** Sessions for route tests, made through the api's own routes. */
import { SessionSchema, type Session } from '@salon/shared';
import type { FastifyInstance } from 'fastify';

export async function guestSession(app: FastifyInstance, displayName = 'Гость'): Promise<Session> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/sessions/guest',
    payload: { displayName },
    remoteAddress: `10.0.${String(Math.floor(Math.random() * 250))}.${String(Math.floor(Math.random() * 250))}`,
  });
  return SessionSchema.parse(response.json());
}

export async function signIn(
  app: FastifyInstance,
  email: string,
  password: string,
  as?: Session,
): Promise<Session> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/sessions',
    payload: { email, password },
    headers: as ? { authorization: `Bearer ${as.token}` } : {},
    remoteAddress: `10.1.${String(Math.floor(Math.random() * 250))}.${String(Math.floor(Math.random() * 250))}`,
  });
  if (response.statusCode !== 201) throw new Error(`Sign-in failed: ${response.body}`);
  return SessionSchema.parse(response.json());
}

export function bearer(session: Session): { authorization: string } {
  return { authorization: `Bearer ${session.token}` };
}
