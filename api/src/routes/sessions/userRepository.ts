/** Users: guests, accounts, and moving a guest's collection into an account. */
import { avatarColor, type SessionUser } from '@salon/shared';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import * as t from '../../db/schema/index.ts';
import type { UserRow } from './sessionRepository.ts';

export function toSessionUser(row: UserRow): SessionUser {
  return {
    id: row.id,
    displayName: row.displayName,
    role: row.role,
    color: avatarColor(row.id),
    email: row.email,
    exhibitorId: row.exhibitorId,
  };
}

export async function createUser(
  db: Database,
  values: typeof t.users.$inferInsert,
): Promise<UserRow> {
  const [row] = await db.insert(t.users).values(values).returning();
  if (!row) throw new Error('The database did not return the new user');
  return row;
}

export async function findUserByEmail(db: Database, email: string): Promise<UserRow | null> {
  const [row] = await db.select().from(t.users).where(eq(t.users.email, email));
  return row ?? null;
}

/** Turns a guest into an account in place, so everything they collected stays theirs. */
export async function upgradeGuest(
  db: Database,
  guestId: string,
  account: { email: string; passwordHash: string; displayName: string },
): Promise<UserRow | null> {
  const [row] = await db
    .update(t.users)
    .set(account)
    .where(and(eq(t.users.id, guestId), isNull(t.users.email)))
    .returning();
  return row ?? null;
}

/**
 * Moves what a guest collected on this device into the account they signed in to: briefcase
 * items and leads the account does not already have, and their chat messages.
 */
export async function mergeGuestInto(
  db: Database,
  guestId: string,
  accountId: string,
): Promise<void> {
  if (guestId === accountId) return;
  await db.transaction(async (tx) => {
    // Removed-material entries are not unique by index (their material is gone): one the
    // account already holds, same stand and title, is not brought in twice.
    await tx.execute(sql`
      insert into briefcase_items (user_id, exhibitor_id, material_id, added_at,
        removed_at, removed_kind, removed_title_ru, removed_title_en)
      select ${accountId}, g.exhibitor_id, g.material_id, g.added_at,
        g.removed_at, g.removed_kind, g.removed_title_ru, g.removed_title_en
      from briefcase_items g
      where g.user_id = ${guestId}
        and not exists (
          select 1 from briefcase_items a
          where a.user_id = ${accountId} and g.removed_at is not null
            and a.removed_at is not null and a.exhibitor_id = g.exhibitor_id
            and a.removed_title_ru = g.removed_title_ru and a.removed_title_en = g.removed_title_en)
      on conflict do nothing`);
    await tx.delete(t.briefcaseItems).where(eq(t.briefcaseItems.userId, guestId));
    const accountLeads = tx
      .select({ exhibitorId: t.leads.exhibitorId })
      .from(t.leads)
      .where(eq(t.leads.visitorId, accountId));
    await tx
      .update(t.leads)
      .set({ visitorId: accountId })
      .where(
        and(eq(t.leads.visitorId, guestId), sql`${t.leads.exhibitorId} not in ${accountLeads}`),
      );
    await tx
      .update(t.chatMessages)
      .set({ authorId: accountId })
      .where(eq(t.chatMessages.authorId, guestId));
  });
}

export async function markSeen(db: Database, userIds: readonly string[]): Promise<void> {
  if (userIds.length === 0) return;
  await db
    .update(t.users)
    .set({ lastSeenAt: new Date() })
    .where(inArray(t.users.id, [...userIds]));
}
