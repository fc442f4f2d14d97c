/** Regions and topics, for filters and labels. */
import { RegionListSchema, TopicListSchema } from '@salon/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listRegions, listTopics } from './dictionaryRepository.ts';

export const dictionaryRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/regions',
    {
      schema: {
        tags: ['dictionaries'],
        summary: 'Regions exhibitors come from',
        response: { 200: RegionListSchema },
      },
    },
    (request, reply) => app.publicCache.reply(request, reply, 'regions', () => listRegions(app.db)),
  );

  app.get(
    '/topics',
    {
      schema: {
        tags: ['dictionaries'],
        summary: 'Themes of the fair; also the forum clusters',
        response: { 200: TopicListSchema },
      },
    },
    (request, reply) => app.publicCache.reply(request, reply, 'topics', () => listTopics(app.db)),
  );
};
