/** MIEF University: programs and the competencies they develop. */
import {
  CompetencyListSchema,
  IdParamsSchema,
  ProblemSchema,
  ProgramPageSchema,
  ProgramQuerySchema,
  ProgramSchema,
} from '@salon/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { notFound } from '../../plugins/problems.ts';
import { listCompetencies } from '../dictionaries/dictionaryRepository.ts';
import { getProgram, listPrograms } from './programRepository.ts';

export const universityRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/programs',
    {
      schema: {
        tags: ['university'],
        summary: 'Search professional-development programs',
        querystring: ProgramQuerySchema,
        response: { 200: ProgramPageSchema, 400: ProblemSchema },
      },
    },
    (request, reply) =>
      app.publicCache.reply(request, reply, `programs:${JSON.stringify(request.query)}`, () =>
        listPrograms(app.db, request.query),
      ),
  );

  app.get(
    '/programs/:id',
    {
      schema: {
        tags: ['university'],
        summary: 'One program',
        params: IdParamsSchema,
        response: { 200: ProgramSchema, 400: ProblemSchema, 404: ProblemSchema },
      },
    },
    async (request) => {
      const found = await getProgram(app.db, request.params.id);
      if (!found) throw notFound('Program', request.params.id);
      return found;
    },
  );

  app.get(
    '/competencies',
    {
      schema: {
        tags: ['university'],
        summary: 'Teacher competencies, after the professional standard',
        response: { 200: CompetencyListSchema },
      },
    },
    (request, reply) =>
      app.publicCache.reply(request, reply, 'competencies', () => listCompetencies(app.db)),
  );
};
