/**
 * Feedback on a forum event: once it is over, anyone who watched (guests too) rates it from 1 to
 * 5 with an optional comment, once, and may change it; organisers read the results. The event's
 * own staff may not rate it (`event.feedback.leave`), though they may rate any other event, and
 * the results leave out whatever ratings of theirs the table holds.
 */
import {
  EventParamsSchema,
  FeedbackInputSchema,
  FeedbackOverviewQuerySchema,
  FeedbackOverviewSchema,
  FeedbackResultsSchema,
  FeedbackSchema,
  PaginationQuerySchema,
  ProblemSchema,
  can,
  isEventOver,
} from '@salon/shared';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { forbidden, requireUser } from '../../plugins/authentication.ts';
import { HttpProblem, notFound } from '../../plugins/problems.ts';
import { requireEvent, requireEventRole } from '../studio/eventAccess.ts';
import { studioRow } from '../studio/studioRepository.ts';
import {
  feedbackOverview,
  feedbackResults,
  myFeedback,
  saveFeedback,
} from './feedbackRepository.ts';

const ERRORS = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
  409: ProblemSchema,
  429: ProblemSchema,
};

export const feedbackRoutes: FastifyPluginAsyncZod = async (app) => {
  app.put(
    '/events/:eventId/feedback',
    {
      config: {
        rateLimit: {
          max: 10,
          timeWindow: '1 minute',
          keyGenerator: (request: FastifyRequest) => request.sessionClaims?.sub ?? request.ip,
        },
      },
      schema: {
        tags: ['feedback'],
        summary:
          'Rate the event after it ends (once; sending again replaces it; not its own staff)',
        security: [{ session: [] }],
        params: EventParamsSchema,
        body: FeedbackInputSchema,
        response: { 200: FeedbackSchema, ...ERRORS },
      },
    },
    async (request) => {
      const { user, event } = await requireEventRole(
        app,
        request,
        request.params.eventId,
        'event.feedback.leave',
      );
      if (!can(user.row.role, 'forum.feedback.leave')) throw forbidden('Your role cannot rate.');
      const studio = await studioRow(app.db, event.id);
      if (!isEventOver(studio.status, event.endsAt)) {
        throw new HttpProblem(
          409,
          'event-not-over',
          'Not over yet',
          'Rate the event once it has ended.',
        );
      }
      return saveFeedback(app.db, event.id, user.row.id, request.body);
    },
  );

  app.get(
    '/events/:eventId/feedback/mine',
    {
      schema: {
        tags: ['feedback'],
        summary: 'My rating of the event',
        security: [{ session: [] }],
        params: EventParamsSchema,
        response: { 200: FeedbackSchema, ...ERRORS },
      },
    },
    async (request) => {
      const user = await requireUser(app, request);
      const event = await requireEvent(app.db, request.params.eventId);
      const feedback = await myFeedback(app.db, event.id, user.row.id);
      if (!feedback) throw notFound('Feedback', event.id);
      return feedback;
    },
  );

  app.get(
    '/events/:eventId/feedback',
    {
      schema: {
        tags: ['feedback'],
        summary: "An event's ratings: count, average, distribution, comments (organisers)",
        security: [{ session: [] }],
        params: EventParamsSchema,
        querystring: PaginationQuerySchema,
        response: { 200: FeedbackResultsSchema, ...ERRORS },
      },
    },
    async (request) => {
      const user = await requireUser(app, request);
      if (!can(user.row.role, 'forum.feedback.read'))
        throw forbidden('Only the organisers read the feedback of events.');
      const event = await requireEvent(app.db, request.params.eventId);
      return feedbackResults(app.db, event.id, request.query);
    },
  );

  app.get(
    '/feedback',
    {
      schema: {
        tags: ['feedback'],
        summary: 'The rated events with their count and average, newest ratings first (organisers)',
        security: [{ session: [] }],
        querystring: FeedbackOverviewQuerySchema,
        response: { 200: FeedbackOverviewSchema, ...ERRORS },
      },
    },
    async (request) => {
      const user = await requireUser(app, request);
      if (!can(user.row.role, 'forum.feedback.read'))
        throw forbidden('Only the organisers read the feedback of events.');
      return feedbackOverview(app.db, request.query);
    },
  );
};
