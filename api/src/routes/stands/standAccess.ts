/**
 * The gate in front of every route that changes a stand: a live session (401), a role that may
 * do it on THIS stand (403, via `canOnStand`), and a stand that exists (404).
 */
import { can, canOnStand, type StandAction } from '@salon/shared';
import { eq } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import * as t from '../../db/schema/index.ts';
import { forbidden, requireUser, type CurrentUser } from '../../plugins/authentication.ts';
import { notFound } from '../../plugins/problems.ts';

export async function requireStandAccess(
  app: FastifyInstance,
  request: FastifyRequest,
  action: StandAction,
  exhibitorId: string,
): Promise<CurrentUser> {
  const user = await requireUser(app, request);
  if (!canOnStand(user.row, action, exhibitorId)) {
    throw forbidden(
      can('organiser', action)
        ? 'Only this stand’s own staff and the organisers may do this.'
        : 'Only this stand’s own staff may do this.',
    );
  }
  const [exists] = await app.db
    .select({ id: t.exhibitors.id })
    .from(t.exhibitors)
    .where(eq(t.exhibitors.id, exhibitorId));
  if (!exists) throw notFound('Stand', exhibitorId);
  return user;
}
