/**
 * Stand chat: history on entry, posting (per-user rate limit), hiding by the stand's staff,
 * and a live stream of server-sent events. Bodies are stored and sent as plain text; clients
 * render them as text, so markup in a message is shown, never run.
 */
import {
  ChatHistoryQuerySchema,
  ChatHistorySchema,
  ChatMessageParamsSchema,
  ChatMessageSchema,
  ChatPostSchema,
  ProblemSchema,
  StandParamsSchema,
  canOnStand,
} from '@salon/shared';
import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import * as t from '../../db/schema/index.ts';
import { currentUser, requireUser } from '../../plugins/authentication.ts';
import { notFound } from '../../plugins/problems.ts';
import { requireStandAccess } from '../stands/standAccess.ts';
import { chatHistory, hideMessage, postMessage } from './chatRepository.ts';
import { streamChat } from './chatStream.ts';

const ERRORS = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
  429: ProblemSchema,
};

export const chatRoutes: FastifyPluginAsyncZod = async (app) => {
  // Open streams end when the server closes, so shutdown never waits on a visitor's tab.
  const openStreams = new Set<() => void>();
  app.addHook('onClose', async () => {
    for (const end of openStreams) end();
  });

  async function standExists(exhibitorId: string): Promise<void> {
    const [row] = await app.db
      .select({ id: t.exhibitors.id })
      .from(t.exhibitors)
      .where(eq(t.exhibitors.id, exhibitorId));
    if (!row) throw notFound('Stand', exhibitorId);
  }

  app.get(
    '/stands/:exhibitorId/chat',
    {
      schema: {
        tags: ['chat'],
        summary: 'Stand chat history, a page at a time',
        params: StandParamsSchema,
        querystring: ChatHistoryQuerySchema,
        response: { 200: ChatHistorySchema, ...ERRORS },
      },
    },
    async (request) => {
      const { exhibitorId } = request.params;
      await standExists(exhibitorId);
      const user = await currentUser(app, request);
      const includeHidden = user ? canOnStand(user.row, 'stand.chat.moderate', exhibitorId) : false;
      return chatHistory(app.db, exhibitorId, { ...request.query, includeHidden });
    },
  );

  app.post(
    '/stands/:exhibitorId/chat',
    {
      config: {
        rateLimit: {
          max: 8,
          timeWindow: '20 seconds',
          keyGenerator: (request) => request.sessionClaims?.sub ?? request.ip,
        },
      },
      schema: {
        tags: ['chat'],
        summary: 'Write to the stand chat',
        security: [{ session: [] }],
        params: StandParamsSchema,
        body: ChatPostSchema,
        response: { 201: ChatMessageSchema, ...ERRORS },
      },
    },
    async (request, reply) => {
      const { exhibitorId } = request.params;
      const user = await requireUser(app, request);
      await standExists(exhibitorId);
      const message = await postMessage(app.db, {
        exhibitorId,
        authorId: user.row.id,
        authorName: user.row.displayName,
        authorIsStaff: canOnStand(user.row, 'stand.chat.moderate', exhibitorId),
        body: request.body.body,
      });
      await app.chatBroadcaster.publish(exhibitorId, { type: 'message', message });
      return reply.code(201).send(message);
    },
  );

  app.post(
    '/stands/:exhibitorId/chat/:messageId/hide',
    {
      schema: {
        tags: ['chat'],
        summary: 'Hide a message (the stand’s staff)',
        security: [{ session: [] }],
        params: ChatMessageParamsSchema,
        response: { 204: z.null(), ...ERRORS },
      },
    },
    async (request, reply) => {
      const { exhibitorId, messageId } = request.params;
      const user = await requireStandAccess(app, request, 'stand.chat.moderate', exhibitorId);
      if (!(await hideMessage(app.db, exhibitorId, messageId, user.row.id))) {
        throw notFound('Message', messageId);
      }
      await app.chatBroadcaster.publish(exhibitorId, { type: 'hidden', messageId });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/stands/:exhibitorId/chat/events',
    {
      schema: {
        tags: ['chat'],
        summary: 'Live stand chat (text/event-stream of ChatEvent JSON)',
        params: StandParamsSchema,
        response: { 400: ProblemSchema, 404: ProblemSchema },
      },
    },
    async (request, reply) => {
      await standExists(request.params.exhibitorId);
      await streamChat(app, request, reply, request.params.exhibitorId, openStreams);
    },
  );
};
