/** Webinars as data: each stand's list and its exhibitor's scheduling, and the fair schedule. */
import {
  ProblemSchema,
  StandParamsSchema,
  StandWebinarParamsSchema,
  WebinarInputSchema,
  WebinarListSchema,
  WebinarPageSchema,
  WebinarParamsSchema,
  WebinarQuerySchema,
  WebinarSchema,
  WebinarUpdateSchema,
} from '@salon/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFound } from '../../plugins/problems.ts';
import { requireStandAccess } from '../stands/standAccess.ts';
import {
  createWebinar,
  deleteWebinar,
  getWebinar,
  listStandWebinars,
  listWebinars,
  updateWebinar,
} from './webinarRepository.ts';

const ERRORS = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema };

export const webinarRoutes: FastifyPluginAsyncZod = async (app) => {
  async function webinarOrThrow(id: string) {
    const webinar = await getWebinar(app.db, id);
    if (!webinar) throw notFound('Webinar', id);
    return webinar;
  }

  app.get(
    '/webinars',
    {
      schema: {
        tags: ['webinars'],
        summary: 'Exhibitor webinars in the fair schedule',
        description: 'Filter by time window, topic (the same codes as forum clusters) and status.',
        querystring: WebinarQuerySchema,
        response: { 200: WebinarPageSchema, 400: ProblemSchema },
      },
    },
    (request, reply) =>
      app.publicCache.reply(request, reply, `webinars:${JSON.stringify(request.query)}`, () =>
        listWebinars(app.db, request.query),
      ),
  );

  app.get(
    '/webinars/:webinarId',
    {
      schema: {
        tags: ['webinars'],
        summary: 'One webinar',
        params: WebinarParamsSchema,
        response: { 200: WebinarSchema, ...ERRORS },
      },
    },
    async (request) => webinarOrThrow(request.params.webinarId),
  );

  app.get(
    '/stands/:exhibitorId/webinars',
    {
      schema: {
        tags: ['webinars'],
        summary: "A stand's coming and live webinars",
        params: StandParamsSchema,
        response: { 200: WebinarListSchema, ...ERRORS },
      },
    },
    async (request) => ({ items: await listStandWebinars(app.db, request.params.exhibitorId) }),
  );

  app.post(
    '/stands/:exhibitorId/webinars',
    {
      schema: {
        tags: ['webinars'],
        summary: 'Schedule a webinar at the stand',
        security: [{ session: [] }],
        params: StandParamsSchema,
        body: WebinarInputSchema,
        response: { 201: WebinarSchema, ...ERRORS },
      },
    },
    async (request, reply) => {
      const { exhibitorId } = request.params;
      const user = await requireStandAccess(app, request, 'stand.edit', exhibitorId);
      const id = await createWebinar(app.db, exhibitorId, request.body, user.row.id);
      app.publicCache.clear();
      return reply.code(201).send(await webinarOrThrow(id));
    },
  );

  app.patch(
    '/stands/:exhibitorId/webinars/:webinarId',
    {
      schema: {
        tags: ['webinars'],
        summary: 'Change a scheduled webinar',
        security: [{ session: [] }],
        params: StandWebinarParamsSchema,
        body: WebinarUpdateSchema,
        response: { 200: WebinarSchema, ...ERRORS },
      },
    },
    async (request) => {
      const { exhibitorId, webinarId } = request.params;
      await requireStandAccess(app, request, 'stand.edit', exhibitorId);
      if (!(await updateWebinar(app.db, exhibitorId, webinarId, request.body)))
        throw notFound('Webinar', webinarId);
      app.publicCache.clear();
      return webinarOrThrow(webinarId);
    },
  );

  app.delete(
    '/stands/:exhibitorId/webinars/:webinarId',
    {
      schema: {
        tags: ['webinars'],
        summary: 'Cancel a webinar',
        security: [{ session: [] }],
        params: StandWebinarParamsSchema,
        response: { 204: z.null(), ...ERRORS },
      },
    },
    async (request, reply) => {
      const { exhibitorId, webinarId } = request.params;
      await requireStandAccess(app, request, 'stand.edit', exhibitorId);
      if (!(await deleteWebinar(app.db, exhibitorId, webinarId)))
        throw notFound('Webinar', webinarId);
      await app.liveRooms?.close(webinarId);
      app.publicCache.clear();
      return reply.code(204).send(null);
    },
  );
};
