/** Halls, their published layouts, and layout validation for the editor. */
import {
  HallListSchema,
  HallParamsSchema,
  ProblemSchema,
  PublishedLayoutSchema,
  ValidateLayoutBodySchema,
  ValidateLayoutResultSchema,
  validateLayout,
} from '@salon/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HttpProblem } from '../../plugins/problems.ts';
import { getPublishedLayout, listHalls } from './hallRepository.ts';

/** A 5,000-stand layout is about 1 MiB of JSON. */
const LAYOUT_BODY_LIMIT = 2 * 1024 * 1024;

export const hallRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/halls',
    {
      schema: {
        tags: ['halls'],
        summary: 'The halls of the fair',
        response: { 200: HallListSchema },
      },
    },
    (request, reply) => app.publicCache.reply(request, reply, 'halls', () => listHalls(app.db)),
  );

  app.get(
    '/halls/:hallId/layout',
    {
      schema: {
        tags: ['halls'],
        summary: "A hall's published layout: stands, alleys, screens and spawn points",
        params: HallParamsSchema,
        response: { 200: PublishedLayoutSchema, 400: ProblemSchema, 404: ProblemSchema },
      },
    },
    async (request) => {
      const { hallId } = request.params;
      const layout = await getPublishedLayout(app.db, hallId);
      if (layout) return layout;
      throw new HttpProblem(
        404,
        'not-found',
        'No published layout',
        `Hall "${hallId}" does not exist or has no published layout yet.`,
      );
    },
  );

  app.post(
    '/layouts/validate',
    {
      bodyLimit: LAYOUT_BODY_LIMIT,
      schema: {
        tags: ['halls'],
        summary: 'Check a layout before publishing it',
        description:
          'Reports overlapping stands, stands off the floor or blocking an alley, stands no alley reaches, and alleys that do not connect. Changes nothing.',
        body: ValidateLayoutBodySchema,
        response: { 200: ValidateLayoutResultSchema, 400: ProblemSchema, 413: ProblemSchema },
      },
    },
    (request) => {
      const issues = validateLayout(request.body.floor, request.body.layout);
      return { valid: issues.length === 0, issues };
    },
  );
};
