/** My schedule: webinars (and forum events) a person plans to attend, with an ICS export. */
import {
  ProblemSchema,
  ScheduleAddSchema,
  ScheduleItemParamsSchema,
  ScheduleItemSchema,
  ScheduleSchema,
  can,
} from '@salon/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { forbidden, requireUser } from '../../plugins/authentication.ts';
import { notFound } from '../../plugins/problems.ts';
import { addToSchedule, listSchedule, removeFromSchedule } from './scheduleRepository.ts';
import { scheduleToIcs } from './scheduleIcs.ts';

const ERRORS = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema };

export const scheduleRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/schedule',
    {
      schema: {
        tags: ['schedule'],
        summary: 'My schedule, in time order',
        security: [{ session: [] }],
        response: { 200: ScheduleSchema, ...ERRORS },
      },
    },
    async (request) => ({
      items: await listSchedule(app.db, (await requireUser(app, request)).row.id),
    }),
  );

  app.post(
    '/schedule',
    {
      schema: {
        tags: ['schedule'],
        summary: 'Add a webinar or a forum event to my schedule',
        security: [{ session: [] }],
        body: ScheduleAddSchema,
        response: { 201: ScheduleItemSchema, ...ERRORS },
      },
    },
    async (request, reply) => {
      const user = await requireUser(app, request);
      if (!can(user.row.role, 'schedule.keep')) throw forbidden('Your role keeps no schedule.');
      const item = await addToSchedule(app.db, user.row.id, request.body);
      if (!item)
        throw notFound(
          'webinarId' in request.body ? 'Webinar' : 'Event',
          'webinarId' in request.body ? request.body.webinarId : request.body.eventId,
        );
      return reply.code(201).send(item);
    },
  );

  app.delete(
    '/schedule/:itemId',
    {
      schema: {
        tags: ['schedule'],
        summary: 'Remove an item from my schedule',
        security: [{ session: [] }],
        params: ScheduleItemParamsSchema,
        response: { 204: z.null(), ...ERRORS },
      },
    },
    async (request, reply) => {
      const user = await requireUser(app, request);
      if (!(await removeFromSchedule(app.db, user.row.id, request.params.itemId)))
        throw notFound('Schedule item', request.params.itemId);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/schedule.ics',
    {
      schema: {
        tags: ['schedule'],
        summary: 'My schedule as an iCalendar file',
        security: [{ session: [] }],
        response: { 200: z.string().describe('text/calendar'), ...ERRORS },
      },
    },
    async (request, reply) => {
      const user = await requireUser(app, request);
      const origin = `${request.protocol}://${request.host}`;
      const calendar = scheduleToIcs(await listSchedule(app.db, user.row.id), origin);
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', 'attachment; filename="salon-schedule.ics"')
        .send(calendar);
    },
  );
};
