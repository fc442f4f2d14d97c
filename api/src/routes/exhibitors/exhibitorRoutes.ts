/** GET /api/exhibitors (search, filters, pages) and GET /api/exhibitors/:id. */
import {
  ExhibitorDetailSchema,
  ExhibitorPageSchema,
  ExhibitorQuerySchema,
  IdParamsSchema,
  ProblemSchema,
} from '@salon/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { notFound } from '../../plugins/problems.ts';
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
};
