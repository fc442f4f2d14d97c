/** Opens a session for a user and returns what the client keeps: token, expiry, user. */
import type { Session } from '@salon/shared';
import type { FastifyInstance } from 'fastify';
import { createSessionRow, type UserRow } from './sessionRepository.ts';
import { toSessionUser } from './userRepository.ts';

export async function issueSession(app: FastifyInstance, row: UserRow): Promise<Session> {
  const user = toSessionUser(row);
  const session = await createSessionRow(app.db, row.id);
  const token = await app.sessionTokens.sign(user, session.id, session.expiresAt);
  return { token, expiresAt: session.expiresAt.toISOString(), user };
}
