/**
 * The stand: its public page data, and the exhibitor's edits of its card, products, duty and
 * staff.
 */
import {
  ProblemSchema,
  ProductListInputSchema,
  StaffDutySchema,
  StaffMemberSchema,
  StaffParamsSchema,
  StandDetailSchema,
  StandParamsSchema,
  StandUpdateSchema,
  can,
} from '@salon/shared';
import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import * as t from '../../db/schema/index.ts';
import { HttpProblem, notFound } from '../../plugins/problems.ts';
import { requireStandAccess } from './standAccess.ts';
import { removeStaffMember, replaceProducts, updateStandCard } from './standEditRepository.ts';
import { getStand, listStaff } from './standRepository.ts';
import { listStandWebinars } from '../webinars/webinarRepository.ts';

const WRITE_ERRORS = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
};

export const standRoutes: FastifyPluginAsyncZod = async (app) => {
  /**
   * A person taken off the staff leaves the stand's live webinars at once, or as soon as LiveKit
   * answers again: LiveKit renews the token of anyone connected, so their host grants would
   * otherwise last as long as they stay.
   */
  async function leaveLiveWebinars(exhibitorId: string, userId: string): Promise<void> {
    const rooms = app.liveRooms;
    if (!rooms) return;
    const live = (await listStandWebinars(app.db, exhibitorId)).filter(
      (webinar) => webinar.status === 'live',
    );
    await Promise.all(live.map((webinar) => rooms.removeFromWebinar(webinar.id, userId)));
  }

  async function standOrThrow(exhibitorId: string) {
    const stand = await getStand(app.db, exhibitorId);
    if (!stand) throw notFound('Stand', exhibitorId);
    return stand;
  }

  app.get(
    '/stands/:exhibitorId',
    {
      schema: {
        tags: ['stands'],
        summary: 'A stand: card, video presentation, products, materials, staff on duty',
        params: StandParamsSchema,
        response: { 200: StandDetailSchema, 400: ProblemSchema, 404: ProblemSchema },
      },
    },
    async (request) => standOrThrow(request.params.exhibitorId),
  );

  app.patch(
    '/stands/:exhibitorId',
    {
      schema: {
        tags: ['stands'],
        summary: "Edit the stand's card (names, descriptions, colours, contacts)",
        security: [{ session: [] }],
        params: StandParamsSchema,
        body: StandUpdateSchema,
        response: { 200: StandDetailSchema, ...WRITE_ERRORS, 409: ProblemSchema },
      },
    },
    async (request) => {
      const { exhibitorId } = request.params;
      await requireStandAccess(app, request, 'stand.edit', exhibitorId);
      await updateStandCard(app.db, exhibitorId, request.body);
      app.publicCache.clear();
      return standOrThrow(exhibitorId);
    },
  );

  app.put(
    '/stands/:exhibitorId/products',
    {
      schema: {
        tags: ['stands'],
        summary: "Replace the stand's products and services",
        security: [{ session: [] }],
        params: StandParamsSchema,
        body: ProductListInputSchema,
        response: { 200: StandDetailSchema, ...WRITE_ERRORS },
      },
    },
    async (request) => {
      const { exhibitorId } = request.params;
      await requireStandAccess(app, request, 'stand.edit', exhibitorId);
      await replaceProducts(app.db, exhibitorId, request.body.products);
      return standOrThrow(exhibitorId);
    },
  );

  app.put(
    '/stands/:exhibitorId/staff/me',
    {
      schema: {
        tags: ['stands'],
        summary: 'Go on or off duty at your own stand',
        security: [{ session: [] }],
        params: StandParamsSchema,
        body: StaffDutySchema,
        response: { 200: StaffMemberSchema, ...WRITE_ERRORS },
      },
    },
    async (request) => {
      const { exhibitorId } = request.params;
      const user = await requireStandAccess(app, request, 'stand.staff.duty', exhibitorId);
      await app.db
        .update(t.users)
        .set({ onDuty: request.body.onDuty, lastSeenAt: new Date() })
        .where(eq(t.users.id, user.row.id));
      const staff = await listStaff(app.db, exhibitorId);
      const me = staff.find((member) => member.userId === user.row.id);
      if (!me) throw notFound('Staff member', user.row.id);
      return me;
    },
  );

  app.delete(
    '/stands/:exhibitorId/staff/:userId',
    {
      schema: {
        tags: ['stands'],
        summary: "Take a person off the stand's staff (its staff and organisers)",
        description:
          'The person keeps their account as a visitor and leaves the stand’s live webinars: at once, or as soon as live video can be reached again. Staff cannot take off the last staff member; organisers can, and invite new staff.',
        security: [{ session: [] }],
        params: StaffParamsSchema,
        response: { 204: z.null(), ...WRITE_ERRORS, 409: ProblemSchema },
      },
    },
    async (request, reply) => {
      const { exhibitorId, userId } = request.params;
      const user = await requireStandAccess(app, request, 'stand.staff.remove', exhibitorId);
      const keepOne = !can(user.row.role, 'stand.staff.removeLast');
      const outcome = await removeStaffMember(app.db, exhibitorId, userId, keepOne);
      if (outcome === 'notStaff') throw notFound('Staff member', userId);
      if (outcome === 'lastStaff') {
        throw new HttpProblem(
          409,
          'last-staff',
          'The stand needs its staff',
          'You are the only staff member of this stand, so you cannot take yourself off it. Ask the organisers to invite someone else first.',
        );
      }
      await leaveLiveWebinars(exhibitorId, userId);
      return reply.code(204).send(null);
    },
  );
};
