/**
 * Who works at a forum event: organisers assign its producer and chat expert (the moderator and
 * speakers follow from the programme and their accounts' speaker profiles); the event's staff
 * and organisers see the list; anyone signed in sees the events they themselves work at.
 */
import {
  ASSIGNED_EVENT_ROLES,
  EventParamsSchema,
  EventStaffSchema,
  MyForumEventsSchema,
  ProblemSchema,
  StaffAssignBodySchema,
  StaffAssignParamsSchema,
  can,
} from '@salon/shared';
import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import * as t from '../../db/schema/index.ts';
import { forbidden, requireUser } from '../../plugins/authentication.ts';
import { HttpProblem, notFound } from '../../plugins/problems.ts';
import { requireEvent, rolesAt } from './eventAccess.ts';
import {
  assignStaff,
  listEventStaff,
  myForumEvents,
  unassignStaff,
} from './eventStaffRepository.ts';

const ERRORS = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
  409: ProblemSchema,
};
const ORGANISERS_ONLY = 'Only the organisers assign the producer and chat expert of an event.';

export const staffRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/events/:eventId/staff',
    {
      schema: {
        tags: ['studio'],
        summary: "An event's staff: producer, moderator, speakers, chat expert",
        description: 'For the organisers and the staff of this event.',
        security: [{ session: [] }],
        params: EventParamsSchema,
        response: { 200: EventStaffSchema, ...ERRORS },
      },
    },
    async (request) => {
      const user = await requireUser(app, request);
      const event = await requireEvent(app.db, request.params.eventId);
      const isStaff = (await rolesAt(app.db, user.row, event)).length > 0;
      if (!isStaff && !can(user.row.role, 'forum.staff.assign'))
        throw forbidden('Only the organisers and the staff of this event can see its staff.');
      return listEventStaff(app.db, event);
    },
  );

  app.put(
    '/events/:eventId/staff/:role',
    {
      schema: {
        tags: ['studio'],
        summary: "Assign an event's producer or chat expert (organisers)",
        description:
          'Replaces whoever held the role. The user must be a producer (for producer) or a chat expert or moderator (for chatExpert).',
        security: [{ session: [] }],
        params: StaffAssignParamsSchema,
        body: StaffAssignBodySchema,
        response: { 200: EventStaffSchema, ...ERRORS },
      },
    },
    async (request) => {
      const organiser = await requireUser(app, request);
      if (!can(organiser.row.role, 'forum.staff.assign')) throw forbidden(ORGANISERS_ONLY);
      const { eventId, role } = request.params;
      const event = await requireEvent(app.db, eventId);
      const [user] = await app.db.select().from(t.users).where(eq(t.users.id, request.body.userId));
      if (!user) throw notFound('User', request.body.userId);
      if (!can(user.role, ASSIGNED_EVENT_ROLES[role])) {
        throw new HttpProblem(
          409,
          'not-eligible',
          'Not forum staff',
          `${user.displayName} cannot be this event's ${role}: give them a ${role} account first.`,
        );
      }
      await assignStaff(app.db, {
        eventId,
        role,
        userId: user.id,
        assignedBy: organiser.row.id,
      });
      return listEventStaff(app.db, event);
    },
  );

  app.delete(
    '/events/:eventId/staff/:role',
    {
      schema: {
        tags: ['studio'],
        summary: "Unassign an event's producer or chat expert (organisers)",
        security: [{ session: [] }],
        params: StaffAssignParamsSchema,
        response: { 204: z.null(), ...ERRORS },
      },
    },
    async (request, reply) => {
      const organiser = await requireUser(app, request);
      if (!can(organiser.row.role, 'forum.staff.assign')) throw forbidden(ORGANISERS_ONLY);
      const { eventId, role } = request.params;
      await requireEvent(app.db, eventId);
      if (!(await unassignStaff(app.db, eventId, role)))
        throw new HttpProblem(404, 'not-found', 'Nobody assigned', `This event has no ${role}.`);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/forum/my-events',
    {
      schema: {
        tags: ['studio'],
        summary: 'The forum events I work at, with my roles there',
        security: [{ session: [] }],
        response: { 200: MyForumEventsSchema, ...ERRORS },
      },
    },
    async (request) => myForumEvents(app.db, (await requireUser(app, request)).row),
  );
};
