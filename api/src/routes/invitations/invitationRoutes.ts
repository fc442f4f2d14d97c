/**
 * Exhibitor staff accounts: an organiser invites a person by email to run a stand; the link's
 * secret (shown once) lets them set a password and become that exhibitor's staff.
 */
import {
  AcceptInvitationBodySchema,
  InvitationBodySchema,
  InvitationSchema,
  InvitationTokenParamsSchema,
  ProblemSchema,
  SessionSchema,
  StandParamsSchema,
  can,
} from '@salon/shared';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { hashPassword } from '../../auth/passwords.ts';
import * as t from '../../db/schema/index.ts';
import { forbidden, requireUser } from '../../plugins/authentication.ts';
import { HttpProblem, notFound } from '../../plugins/problems.ts';
import { issueSession } from '../sessions/issueSession.ts';
import { createInvitation, hashToken } from './invitationRepository.ts';
import { createUser, findUserByEmail } from '../sessions/userRepository.ts';

const ERRORS = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
  409: ProblemSchema,
};

export const invitationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/exhibitors/:exhibitorId/invitations',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Invite a person to run this exhibitor’s stand (organisers)',
        security: [{ session: [] }],
        params: StandParamsSchema,
        body: InvitationBodySchema,
        response: { 201: InvitationSchema, ...ERRORS },
      },
    },
    async (request, reply) => {
      const user = await requireUser(app, request);
      if (!can(user.row.role, 'exhibitor.inviteStaff'))
        throw forbidden('Only organisers invite exhibitor staff.');
      const { exhibitorId } = request.params;
      const [exhibitor] = await app.db
        .select({ id: t.exhibitors.id })
        .from(t.exhibitors)
        .where(eq(t.exhibitors.id, exhibitorId));
      if (!exhibitor) throw notFound('Exhibitor', exhibitorId);
      const invitation = await createInvitation(app.db, {
        exhibitorId,
        email: request.body.email,
        createdBy: user.row.id,
      });
      return reply.code(201).send(invitation);
    },
  );

  app.post(
    '/invitations/:token/accept',
    {
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags: ['accounts'],
        summary: 'Accept an invitation: set a password and run the stand',
        params: InvitationTokenParamsSchema,
        body: AcceptInvitationBodySchema,
        response: { 201: SessionSchema, ...ERRORS, 429: ProblemSchema },
      },
    },
    async (request, reply) => {
      const [invitation] = await app.db
        .select()
        .from(t.invitations)
        .where(
          and(
            eq(t.invitations.tokenHash, hashToken(request.params.token)),
            isNull(t.invitations.acceptedAt),
            gt(t.invitations.expiresAt, new Date()),
          ),
        );
      if (!invitation) {
        throw new HttpProblem(
          404,
          'not-found',
          'Invitation not valid',
          'This invitation link has expired or was already used. Ask the organisers for a new one.',
        );
      }
      if (await findUserByEmail(app.db, invitation.email)) {
        throw new HttpProblem(
          409,
          'email-taken',
          'Email already registered',
          'An account with this email exists. Ask the organisers to add that account to the stand.',
        );
      }
      const row = await createUser(app.db, {
        email: invitation.email,
        passwordHash: await hashPassword(request.body.password),
        displayName: request.body.displayName,
        role: 'exhibitor',
        exhibitorId: invitation.exhibitorId,
      });
      await app.db
        .update(t.invitations)
        .set({ acceptedAt: new Date() })
        .where(eq(t.invitations.id, invitation.id));
      return reply.code(201).send(await issueSession(app, row));
    },
  );
};
