/** The forum schedule, its facets, events and speakers. */
import {
  EventDetailSchema,
  EventPageSchema,
  EventQuerySchema,
  ForumFacetsSchema,
  IdParamsSchema,
  ProblemSchema,
  SpeakerDetailSchema,
  SpeakerPageSchema,
  SpeakerQuerySchema,
} from '@salon/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { notFound } from '../../plugins/problems.ts';
import { getEvent, listEvents } from './eventRepository.ts';
import { getForumFacets } from './facetRepository.ts';
import { getSpeaker, listSpeakers } from './speakerRepository.ts';

export const forumRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/events',
    {
      schema: {
        tags: ['forum'],
        summary: 'The forum schedule',
        description:
          'Events in start order; filter by day, phase, cluster, stage or speaker, search titles and descriptions.',
        querystring: EventQuerySchema,
        response: { 200: EventPageSchema, 400: ProblemSchema },
      },
    },
    (request, reply) =>
      app.publicCache.reply(request, reply, `events:${JSON.stringify(request.query)}`, () =>
        listEvents(app.db, request.query),
      ),
  );

  app.get(
    '/events/:id',
    {
      schema: {
        tags: ['forum'],
        summary: 'One forum event with its speakers',
        params: IdParamsSchema,
        response: { 200: EventDetailSchema, 400: ProblemSchema, 404: ProblemSchema },
      },
    },
    async (request) => {
      const found = await getEvent(app.db, request.params.id);
      if (!found) throw notFound('Event', request.params.id);
      return found;
    },
  );

  app.get(
    '/forum/facets',
    {
      schema: {
        tags: ['forum'],
        summary: 'Days, clusters and stages of the schedule',
        response: { 200: ForumFacetsSchema },
      },
    },
    (request, reply) =>
      app.publicCache.reply(request, reply, 'forum-facets', () => getForumFacets(app.db)),
  );

  app.get(
    '/speakers',
    {
      schema: {
        tags: ['forum'],
        summary: 'Search speakers',
        querystring: SpeakerQuerySchema,
        response: { 200: SpeakerPageSchema, 400: ProblemSchema },
      },
    },
    (request, reply) =>
      app.publicCache.reply(request, reply, `speakers:${JSON.stringify(request.query)}`, () =>
        listSpeakers(app.db, request.query),
      ),
  );

  app.get(
    '/speakers/:id',
    {
      schema: {
        tags: ['forum'],
        summary: 'A speaker and the events they take part in',
        params: IdParamsSchema,
        response: { 200: SpeakerDetailSchema, 400: ProblemSchema, 404: ProblemSchema },
      },
    },
    async (request) => {
      const found = await getSpeaker(app.db, request.params.id);
      if (!found) throw notFound('Speaker', request.params.id);
      return found;
    },
  );
};
