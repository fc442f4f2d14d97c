/**
 * Session rows behind tokens, and the user a live session belongs to (one query: the session
 * joined with its user, so a revoked or expired session finds nobody).
 */
import { and, eq, gt, isNull } from 'drizzle-orm';
import { SESSION_TTL_SECONDS } from '../../auth/sessionTokens.ts';
import type { Database } from '../../db/database.ts';
import * as t from '../../db/schema/index.ts';

export type UserRow = typeof t.users.$inferSelect;

export async function createSessionRow(
  db: Database,
  userId: string,
): Promise<{ id: string; expiresAt: Date }> {
  const expiresAt = new Date(Date.now() + SESSION_TTL_SECONDS * 1000);
  const [row] = await db
    .insert(t.authSessions)
    .values({ userId, expiresAt })
    .returning({ id: t.authSessions.id });
  if (!row) throw new Error('The database did not return the new session');
  return { id: row.id, expiresAt };
}

export async function findSessionUser(db: Database, sessionId: string): Promise<UserRow | null> {
  const [row] = await db
    .select({ user: t.users })
    .from(t.authSessions)
    .innerJoin(t.users, eq(t.users.id, t.authSessions.userId))
    .where(
      and(
        eq(t.authSessions.id, sessionId),
        isNull(t.authSessions.revokedAt),
        gt(t.authSessions.expiresAt, new Date()),
      ),
    );
  return row?.user ?? null;
}

export async function revokeSession(db: Database, sessionId: string): Promise<void> {
  await db
    .update(t.authSessions)
    .set({ revokedAt: new Date() })
    .where(eq(t.authSessions.id, sessionId));
}
