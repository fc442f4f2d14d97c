/** The visitor's briefcase (guests too; it moves into their account when they sign in). */
import {
  BriefcaseAddSchema,
  BriefcaseItemParamsSchema,
  BriefcaseItemSchema,
  BriefcasePageSchema,
  BriefcaseQuerySchema,
  ProblemSchema,
  can,
} from '@salon/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { forbidden, requireUser } from '../../plugins/authentication.ts';
import { notFound } from '../../plugins/problems.ts';
import {
  addToBriefcase,
  briefcaseItem,
  listBriefcase,
  removeFromBriefcase,
} from './briefcaseRepository.ts';

const ERRORS = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema };

export const briefcaseRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/briefcase',
    {
      schema: {
        tags: ['briefcase'],
        summary: 'My briefcase, a page at a time, newest first',
        description:
          'Pass the `nextCursor` of a page as `cursor` for the page after it (it is null on the last page). Items added or removed meanwhile neither repeat nor hide others. A cursor that is not one the api gave out answers 400.',
        security: [{ session: [] }],
        querystring: BriefcaseQuerySchema,
        response: { 200: BriefcasePageSchema, ...ERRORS },
      },
    },
    async (request) =>
      listBriefcase(app.db, (await requireUser(app, request)).row.id, request.query),
  );

  app.post(
    '/briefcase',
    {
      schema: {
        tags: ['briefcase'],
        summary: 'Add a material or an exhibitor’s contacts to my briefcase',
        security: [{ session: [] }],
        body: BriefcaseAddSchema,
        response: { 201: BriefcaseItemSchema, ...ERRORS },
      },
    },
    async (request, reply) => {
      const user = await requireUser(app, request);
      if (!can(user.row.role, 'briefcase.collect')) throw forbidden('Your role has no briefcase.');
      const itemId = await addToBriefcase(app.db, user.row.id, request.body);
      const item = itemId ? await briefcaseItem(app.db, user.row.id, itemId) : null;
      if (!item) {
        throw notFound(
          'materialId' in request.body ? 'Material' : 'Exhibitor',
          'materialId' in request.body ? request.body.materialId : request.body.contactsOf,
        );
      }
      return reply.code(201).send(item);
    },
  );

  app.delete(
    '/briefcase/:itemId',
    {
      schema: {
        tags: ['briefcase'],
        summary: 'Take an item out of my briefcase',
        description:
          'Also dismisses the entry left by a material its exhibitor removed. Only the owner may; for anyone else the item does not exist (404).',
        security: [{ session: [] }],
        params: BriefcaseItemParamsSchema,
        response: { 204: z.null(), ...ERRORS },
      },
    },
    async (request, reply) => {
      const user = await requireUser(app, request);
      if (!(await removeFromBriefcase(app.db, user.row.id, request.params.itemId))) {
        throw notFound('Briefcase item', request.params.itemId);
      }
      return reply.code(204).send(null);
    },
  );
};
