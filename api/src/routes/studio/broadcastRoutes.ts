/**
 * Getting into an event's broadcast. The studio's people get a token for the studio room (the
 * producer also one that publishes the program); everyone else, guests too, only ever gets a
 * subscribe-only token for the program room, and only while the event is live. The broadcast
 * status is public, and each stage says which event is live on it, for the hall's screens.
 */
import {
  BroadcastSchema,
  EventParamsSchema,
  ForumLiveTokenSchema,
  ProblemSchema,
  StageLiveSchema,
  StageParamsSchema,
  StudioTokensSchema,
  can,
  type EventRole,
} from '@salon/shared';
import { and, desc, eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as t from '../../db/schema/index.ts';
import {
  programGrant,
  programRoom,
  studioGrant,
  studioRoom,
  type StudioRole,
} from '../../live/forumGrants.ts';
import type { LiveRooms } from '../../live/liveRooms.ts';
import { forbidden, requireUser } from '../../plugins/authentication.ts';
import { HttpProblem, notFound } from '../../plugins/problems.ts';
import { summarise } from '../forum/eventRepository.ts';
import { requireEvent, requireEventRole } from './eventAccess.ts';
import { studioRow, toBroadcast } from './studioRepository.ts';

const ERRORS = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
  409: ProblemSchema,
  429: ProblemSchema,
  503: ProblemSchema,
};

const TOKEN_RATE_LIMIT = {
  rateLimit: {
    max: 30,
    timeWindow: '1 minute',
    keyGenerator: (request: FastifyRequest) => request.sessionClaims?.sub ?? request.ip,
  },
};

/** In the studio the highest of one's roles counts: producer, then moderator, then speaker. */
const STUDIO_ROLE_ORDER: readonly StudioRole[] = ['producer', 'moderator', 'speaker'];

function studioRoleOf(roles: readonly EventRole[]): StudioRole | null {
  return STUDIO_ROLE_ORDER.find((role) => roles.includes(role)) ?? null;
}

function liveRooms(app: { liveRooms: LiveRooms | null }): LiveRooms {
  if (!app.liveRooms) {
    throw new HttpProblem(
      503,
      'live-not-configured',
      'Live video not set up',
      'This server has no live video configured. Ask the organisers.',
    );
  }
  return app.liveRooms;
}

function ended(eventId: string): HttpProblem {
  return new HttpProblem(
    409,
    'event-ended',
    'Event ended',
    `This event has ended. Watch its recording: /api/events/${eventId}/recording`,
  );
}

export const broadcastRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/events/:eventId/studio-token',
    {
      config: TOKEN_RATE_LIMIT,
      schema: {
        tags: ['studio'],
        summary: "LiveKit tokens for the event's studio (its moderator, speakers and producer)",
        description:
          'Studio: camera and microphone for everyone in it, room admin for the producer. The producer also gets the token that publishes the program.',
        security: [{ session: [] }],
        params: EventParamsSchema,
        response: { 200: StudioTokensSchema, ...ERRORS },
      },
    },
    async (request) => {
      const { event, user, roles } = await requireEventRole(
        app,
        request,
        request.params.eventId,
        'event.studio.join',
      );
      const role = studioRoleOf(roles);
      if (!role) throw forbidden('Only the people of this studio can enter it.');
      if ((await studioRow(app.db, event.id)).status === 'ended') throw ended(event.id);
      const rooms = liveRooms(app);
      const person = { id: user.row.id, displayName: user.row.displayName };
      const studio = studioRoom(event.id);
      const program = programRoom(event.id);
      return {
        studio: await rooms.issueForumToken(
          person,
          { room: studio, kind: 'studio', role },
          studioGrant(role, studio),
        ),
        program:
          role === 'producer'
            ? await rooms.issueForumToken(
                person,
                { room: program, kind: 'program', role },
                programGrant(true, program),
              )
            : null,
      };
    },
  );

  app.post(
    '/events/:eventId/program-token',
    {
      config: TOKEN_RATE_LIMIT,
      schema: {
        tags: ['studio'],
        summary: "A LiveKit token to watch the event's program (anyone with a session, while live)",
        description: 'Subscribe only. Refused before the event goes live and after it ends.',
        security: [{ session: [] }],
        params: EventParamsSchema,
        response: { 200: ForumLiveTokenSchema, ...ERRORS },
      },
    },
    async (request) => {
      const user = await requireUser(app, request);
      const event = await requireEvent(app.db, request.params.eventId);
      if (!can(user.row.role, 'forum.watch')) throw forbidden('Your role cannot watch the forum.');
      const status = (await studioRow(app.db, event.id)).status;
      if (status === 'ended') throw ended(event.id);
      if (status === 'scheduled') {
        throw new HttpProblem(
          409,
          'event-not-live',
          'Not live yet',
          `This event starts at ${event.startsAt.toISOString()}. It opens here when the studio goes live.`,
        );
      }
      const room = programRoom(event.id);
      return liveRooms(app).issueForumToken(
        { id: user.row.id, displayName: user.row.displayName },
        { room, kind: 'program', role: 'viewer' },
        programGrant(false, room),
      );
    },
  );

  app.get(
    '/events/:eventId/broadcast',
    {
      schema: {
        tags: ['studio'],
        summary: "An event's broadcast status: scheduled, live or ended",
        params: EventParamsSchema,
        response: { 200: BroadcastSchema, 400: ProblemSchema, 404: ProblemSchema },
      },
    },
    async (request) => {
      const event = await requireEvent(app.db, request.params.eventId);
      return toBroadcast(await studioRow(app.db, event.id));
    },
  );

  app.get(
    '/stages/:stageId/live',
    {
      schema: {
        tags: ['studio'],
        summary: 'The event live on a stage now, for its screens in the hall',
        description: '404 when nothing is live there.',
        params: StageParamsSchema,
        response: { 200: StageLiveSchema, 400: ProblemSchema, 404: ProblemSchema },
      },
    },
    async (request) => {
      const { stageId } = request.params;
      const [stage] = await app.db
        .select({ id: t.stages.id })
        .from(t.stages)
        .where(eq(t.stages.id, stageId));
      if (!stage) throw notFound('Stage', stageId);
      const [live] = await app.db
        .select({ event: t.forumEvents, studio: t.studios })
        .from(t.studios)
        .innerJoin(t.forumEvents, eq(t.forumEvents.id, t.studios.eventId))
        .where(and(eq(t.forumEvents.stageId, stageId), eq(t.studios.status, 'live')))
        .orderBy(desc(t.studios.liveAt))
        .limit(1);
      const [summary] = live ? await summarise(app.db, [live.event]) : [];
      if (!live || !summary) {
        throw new HttpProblem(
          404,
          'nothing-live',
          'Nothing live',
          'No event is live on this stage now. The schedule says what is next.',
        );
      }
      return { event: summary, broadcast: toBroadcast(live.studio) };
    },
  );
};
