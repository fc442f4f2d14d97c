/**
 * The moderated chat of a forum event. Anyone with a session asks questions and comments (per
 * user rate limits, plain text); questions wait for the event's chat expert, comments appear at
 * once. Viewers read and follow only what is approved or visible, and vote once per question;
 * the event's chat staff also see what waits. Moderation follows the table in shared
 * (`moderate`); an answered question keeps where in the recording it was answered.
 */
import {
  EventParamsSchema,
  FORUM_MESSAGE_STATES,
  ForumChatHistorySchema,
  ForumChatPostSchema,
  ForumChatQuerySchema,
  ForumMessageParamsSchema,
  ForumMessageSchema,
  ForumVoteSchema,
  INITIAL_MESSAGE_STATE,
  ModerationBodySchema,
  ModerationParamsSchema,
  PUBLIC_MESSAGE_STATES,
  ProblemSchema,
  can,
  canVoteOn,
  isEventOver,
  isPublicState,
  moderate,
  secondsInto,
  type ForumChatEvent,
  type ForumMessage,
  type ForumMessageState,
} from '@salon/shared';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { forbidden, requireUser } from '../../plugins/authentication.ts';
import { streamEvents } from '../../plugins/eventStream.ts';
import { HttpProblem, notFound } from '../../plugins/problems.ts';
import { recordingStart } from '../recording/recordingRepository.ts';
import { eventContext, requireEvent, requireEventRole } from '../studio/eventAccess.ts';
import { forViewers, type ChatEnvelope } from '../studio/forumBroadcasts.ts';
import { studioRow } from '../studio/studioRepository.ts';
import {
  eventChatHistory,
  findMessage,
  moveMessage,
  myMessages,
  postForumMessage,
  setVote,
} from './eventChatRepository.ts';

const ERRORS = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
  409: ProblemSchema,
  429: ProblemSchema,
};

const perUser = (max: number, timeWindow: string) => ({
  rateLimit: {
    max,
    timeWindow,
    keyGenerator: (request: FastifyRequest) => request.sessionClaims?.sub ?? request.ip,
  },
});

/** How viewers see a message that moved from `before` (null: new) to its current state. */
function viewersSee(
  before: ForumMessageState | null,
  message: ForumMessage,
): ChatEnvelope['forViewers'] {
  if (isPublicState(message.state)) return 'same';
  return before !== null && isPublicState(before) ? 'removed' : 'none';
}

export const eventChatRoutes: FastifyPluginAsyncZod = async (app) => {
  const openStreams = new Set<() => void>();
  app.addHook('onClose', async () => {
    for (const end of openStreams) end();
  });

  async function publish(message: ForumMessage, before: ForumMessageState | null): Promise<void> {
    await app.forumBroadcasts.chat.publish(message.eventId, {
      event: { type: 'message', message },
      forViewers: viewersSee(before, message),
    });
  }

  /** A message viewers may see; anything else is as good as absent to them. */
  async function visibleMessage(eventId: string, messageId: string): Promise<ForumMessage> {
    const message = await findMessage(app.db, eventId, messageId);
    if (!message || !isPublicState(message.state)) throw notFound('Message', messageId);
    return message;
  }

  app.get(
    '/events/:eventId/chat',
    {
      schema: {
        tags: ['forumChat'],
        summary: "An event's chat history, a page at a time",
        description:
          '`view=moderation` adds pending, rejected and hidden messages, for the event’s chat staff only.',
        params: EventParamsSchema,
        querystring: ForumChatQuerySchema,
        response: { 200: ForumChatHistorySchema, ...ERRORS },
      },
    },
    async (request) => {
      const { eventId } = request.params;
      const { view, state, ...page } = request.query;
      const context =
        view === 'moderation'
          ? await requireEventRole(app, request, eventId, 'event.chat.seePending')
          : await eventContext(app, request, eventId);
      const readable: readonly ForumMessageState[] =
        view === 'moderation' ? FORUM_MESSAGE_STATES : PUBLIC_MESSAGE_STATES;
      return eventChatHistory(app.db, context.event.id, {
        ...page,
        states: state ? readable.filter((s) => s === state) : readable,
        readerId: context.user?.row.id ?? null,
      });
    },
  );

  app.get(
    '/events/:eventId/chat/mine',
    {
      schema: {
        tags: ['forumChat'],
        summary: 'My own messages at the event, pending questions included',
        security: [{ session: [] }],
        params: EventParamsSchema,
        response: { 200: z.object({ items: z.array(ForumMessageSchema) }), ...ERRORS },
      },
    },
    async (request) => {
      const user = await requireUser(app, request);
      const event = await requireEvent(app.db, request.params.eventId);
      return { items: await myMessages(app.db, event.id, user.row.id) };
    },
  );

  app.post(
    '/events/:eventId/chat',
    {
      config: perUser(8, '20 seconds'),
      schema: {
        tags: ['forumChat'],
        summary: 'Ask a question (it waits for the chat expert) or comment (shown at once)',
        security: [{ session: [] }],
        params: EventParamsSchema,
        body: ForumChatPostSchema,
        response: { 201: ForumMessageSchema, ...ERRORS },
      },
    },
    async (request, reply) => {
      const user = await requireUser(app, request);
      if (!can(user.row.role, 'forum.chat.post')) throw forbidden('Your role cannot post here.');
      const { event, roles } = await eventContext(app, request, request.params.eventId);
      const studio = await studioRow(app.db, event.id);
      if (isEventOver(studio.status, event.endsAt)) {
        throw new HttpProblem(
          409,
          'chat-closed',
          'Chat closed',
          'This event is over and its chat is closed. Rate the event instead.',
        );
      }
      const { kind, body } = request.body;
      const message = await postForumMessage(app.db, {
        eventId: event.id,
        kind,
        state: INITIAL_MESSAGE_STATE[kind],
        authorId: user.row.id,
        authorName: user.row.displayName,
        authorIsStaff: roles.length > 0,
        body,
      });
      await publish(message, null);
      return reply.code(201).send(message);
    },
  );

  app.post(
    '/events/:eventId/chat/:messageId/:action',
    {
      schema: {
        tags: ['forumChat'],
        summary: 'Approve, reject or answer a question; hide or unhide a comment (the chat expert)',
        description:
          'For `answer`, `atSeconds` is where in the recording the answer is; by default, now (counted from the start of the recording, or else from going live).',
        security: [{ session: [] }],
        params: ModerationParamsSchema,
        body: ModerationBodySchema,
        response: { 200: ForumMessageSchema, ...ERRORS },
      },
    },
    async (request) => {
      const { eventId, messageId, action } = request.params;
      const { user } = await requireEventRole(app, request, eventId, 'event.chat.moderate');
      const message = await findMessage(app.db, eventId, messageId);
      if (!message) throw notFound('Message', messageId);
      const next = moderate(message, action);
      if (!next) {
        throw new HttpProblem(
          409,
          'cannot-moderate',
          `Cannot ${action}`,
          `This ${message.kind} is ${message.state}: it cannot be moderated with "${action}".`,
        );
      }
      let answeredAtSeconds: number | null | undefined;
      if (action === 'answer') {
        const studio = await studioRow(app.db, eventId);
        const until = Math.min(Date.now(), studio.endedAt?.getTime() ?? Date.now());
        const start = await recordingStart(app.db, eventId);
        answeredAtSeconds =
          request.body?.atSeconds ?? (start ? secondsInto(start, new Date(until)) : null);
      }
      const moved = await moveMessage(app.db, messageId, {
        from: message.state,
        to: next,
        by: user.row.id,
        answeredAtSeconds,
      });
      if (!moved) {
        throw new HttpProblem(
          409,
          'changed-meanwhile',
          'Changed meanwhile',
          'Someone moderated this message at the same moment. Reload and try again.',
        );
      }
      await publish(moved, message.state);
      return moved;
    },
  );

  for (const [method, voted] of [
    ['PUT', true],
    ['DELETE', false],
  ] as const) {
    app.route({
      method,
      url: '/events/:eventId/chat/:messageId/vote',
      config: perUser(30, '1 minute'),
      schema: {
        tags: ['forumChat'],
        summary: voted ? 'Vote for a question (once)' : 'Withdraw my vote',
        security: [{ session: [] }],
        params: ForumMessageParamsSchema,
        response: { 200: ForumVoteSchema, ...ERRORS },
      },
      handler: async (request) => {
        const { eventId, messageId } = request.params;
        const user = await requireUser(app, request);
        const message = await visibleMessage(eventId, messageId);
        if (!canVoteOn(message.kind, message.state)) {
          throw new HttpProblem(
            409,
            'not-votable',
            'Not a question',
            'Only approved questions can be voted for.',
          );
        }
        const { votes, changed } = await setVote(app.db, messageId, user.row.id, voted);
        if (changed) {
          await app.forumBroadcasts.chat.publish(eventId, {
            event: { type: 'votes', messageId, votes },
            forViewers: 'same',
          });
        }
        return { messageId, votes, votedByMe: voted };
      },
    });
  }

  app.get(
    '/events/:eventId/chat/events',
    {
      schema: {
        tags: ['forumChat'],
        summary: 'Live chat of an event for viewers (text/event-stream of ForumChatEvent JSON)',
        description:
          'Approved questions and visible comments as they appear and change, votes, and the broadcast and recording status.',
        params: EventParamsSchema,
        response: { 400: ProblemSchema, 404: ProblemSchema },
      },
    },
    async (request, reply) => {
      const event = await requireEvent(app.db, request.params.eventId);
      await streamEvents<ForumChatEvent>(request, reply, {
        openStreams,
        subscribe: (send) =>
          app.forumBroadcasts.chat.subscribe(event.id, (envelope) => {
            const seen = forViewers(envelope);
            if (seen) send(seen);
          }),
      });
    },
  );

  app.get(
    '/events/:eventId/chat/moderation/events',
    {
      schema: {
        tags: ['forumChat'],
        summary: 'Live chat of an event as its chat staff see it, pending questions included',
        security: [{ session: [] }],
        params: EventParamsSchema,
        response: ERRORS,
      },
    },
    async (request, reply) => {
      const { event } = await requireEventRole(
        app,
        request,
        request.params.eventId,
        'event.chat.seePending',
      );
      await streamEvents<ForumChatEvent>(request, reply, {
        openStreams,
        subscribe: (send) =>
          app.forumBroadcasts.chat.subscribe(event.id, (envelope) => send(envelope.event)),
      });
    },
  );
};
