/**
 * GET /api/exhibitors (search, filters, pages), GET /api/exhibitors/:id, and POST
 * /api/exhibitors, by which organisers add an exhibitor and invite its first staff member.
 */
import {
  ExhibitorCreateSchema,
  ExhibitorCreatedSchema,
  ExhibitorDetailSchema,
  ExhibitorPageSchema,
  ExhibitorQuerySchema,
  IdParamsSchema,
  ProblemSchema,
  can,
} from '@salon/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { forbidden, requireUser } from '../../plugins/authentication.ts';
import { notFound } from '../../plugins/problems.ts';
import { createExhibitor } from './createExhibitor.ts';
import { getExhibitor, listExhibitors } from './exhibitorRepository.ts';

export const exhibitorRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/exhibitors',
    {
      schema: {
        tags: ['exhibitors'],
        summary: 'Search the exhibitor directory',
        description:
          'Text search over names and descriptions in both languages; filter by kind, region and topic.',
        querystring: ExhibitorQuerySchema,
        response: { 200: ExhibitorPageSchema, 400: ProblemSchema },
      },
    },
    (request, reply) =>
      app.publicCache.reply(request, reply, `exhibitors:${JSON.stringify(request.query)}`, () =>
        listExhibitors(app.db, request.query),
      ),
  );

  app.get(
    '/exhibitors/:id',
    {
      schema: {
        tags: ['exhibitors'],
        summary: "An exhibitor's card",
        params: IdParamsSchema,
        response: { 200: ExhibitorDetailSchema, 400: ProblemSchema, 404: ProblemSchema },
      },
    },
    async (request) => {
      const exhibitor = await getExhibitor(app.db, request.params.id);
      if (!exhibitor) throw notFound('Exhibitor', request.params.id);
      return exhibitor;
    },
  );

  app.post(
    '/exhibitors',
    {
      schema: {
        tags: ['exhibitors'],
        summary: 'Add an exhibitor with its stand, and invite its first staff member (organisers)',
        description:
          'The answer holds the invitation link’s secret, shown this once. Logo and video are uploaded afterwards through the stand’s media routes.',
        security: [{ session: [] }],
        body: ExhibitorCreateSchema,
        response: {
          201: ExhibitorCreatedSchema,
          400: ProblemSchema,
          401: ProblemSchema,
          403: ProblemSchema,
          409: ProblemSchema,
        },
      },
    },
    async (request, reply) => {
      const user = await requireUser(app, request);
      if (!can(user.row.role, 'exhibitor.create')) {
        throw forbidden('Only the fair’s organisers add exhibitors.');
      }
      const { exhibitorId, invitation } = await createExhibitor(app.db, request.body, user.row.id);
      app.publicCache.clear();
      const exhibitor = await getExhibitor(app.db, exhibitorId);
      if (!exhibitor) throw new Error('The new exhibitor could not be read back');
      return reply.code(201).send({ exhibitor, invitation });
    },
  );
};
