/**
 * Staff invitations: a random secret for the link, of which only the SHA-256 is stored, valid
 * for a week. Used when an organiser invites staff to a stand and when they create an exhibitor.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Invitation } from '@salon/shared';
import type { Database } from '../../db/database.ts';
import * as t from '../../db/schema/index.ts';

const INVITATION_DAYS = 7;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Stores an invitation; the answer holds the link's secret, which is never stored or shown again. */
export async function createInvitation(
  db: Pick<Database, 'insert'>,
  invitation: { exhibitorId: string; email: string; createdBy: string },
): Promise<Invitation> {
  const token = randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + INVITATION_DAYS * 24 * 3600_000);
  const [row] = await db
    .insert(t.invitations)
    .values({ ...invitation, tokenHash: hashToken(token), expiresAt })
    .returning({ id: t.invitations.id });
  if (!row) throw new Error('The database did not return the invitation');
  return {
    id: row.id,
    exhibitorId: invitation.exhibitorId,
    email: invitation.email,
    token,
    expiresAt: expiresAt.toISOString(),
  };
}
