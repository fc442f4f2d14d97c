/** Users as sessions see them. */
import { avatarColor, type SessionUser } from '@salon/shared';
import { eq } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import * as t from '../../db/schema/index.ts';

type UserRow = typeof t.users.$inferSelect;

export function toSessionUser(row: UserRow): SessionUser {
  return { id: row.id, displayName: row.displayName, role: row.role, color: avatarColor(row.id) };
}

export async function createGuest(db: Database, displayName: string): Promise<SessionUser> {
  const [row] = await db.insert(t.users).values({ displayName, role: 'visitor' }).returning();
  if (!row) throw new Error('The database did not return the new guest');
  return toSessionUser(row);
}

export async function getUser(db: Database, id: string): Promise<SessionUser | null> {
  const [row] = await db.select().from(t.users).where(eq(t.users.id, id));
  return row ? toSessionUser(row) : null;
}
