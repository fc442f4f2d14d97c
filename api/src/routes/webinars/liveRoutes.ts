/**
 * Going live: LiveKit tokens whose grants follow the role, and the host's server-side
 * controls. The stand's own staff host (publish and administer); everyone else watches,
 * chats and raises a hand. Nobody gets a token for any room but the webinar's own.
 */
import {
  HandSchema,
  LiveStateSchema,
  LiveTokenSchema,
  ProblemSchema,
  StageChangeSchema,
  WebinarParamsSchema,
  WebinarSchema,
  canOnStand,
} from '@salon/shared';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { LiveRooms } from '../../live/liveRooms.ts';
import { forbidden, requireUser } from '../../plugins/authentication.ts';
import { HttpProblem, notFound } from '../../plugins/problems.ts';
import { getWebinar, setWebinarStatus } from './webinarRepository.ts';

const ERRORS = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
  409: ProblemSchema,
  503: ProblemSchema,
};

const UNAVAILABLE = new HttpProblem(
  503,
  'live-unavailable',
  'Live video unavailable',
  'Live video cannot be reached right now. Everything else keeps working; try again in a minute.',
);

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

/** LiveKit's "participant not found" becomes a 409 a person can act on; anything else is 503. */
async function inRoom(call: () => Promise<void>, notThere: string): Promise<void> {
  try {
    await call();
  } catch (error) {
    if (String(error).toLowerCase().includes('not found'))
      throw new HttpProblem(409, 'not-in-room', 'Not in the webinar', notThere);
    throw UNAVAILABLE;
  }
}

export const liveRoutes: FastifyPluginAsyncZod = async (app) => {
  async function context(request: FastifyRequest, webinarId: string) {
    const user = await requireUser(app, request);
    const webinar = await getWebinar(app.db, webinarId);
    if (!webinar) throw notFound('Webinar', webinarId);
    const isHost = canOnStand(user.row, 'stand.webinar.host', webinar.exhibitorId);
    return { user, webinar, isHost };
  }

  app.post(
    '/webinars/:webinarId/token',
    {
      config: {
        rateLimit: {
          max: 30,
          timeWindow: '1 minute',
          keyGenerator: (r) => r.sessionClaims?.sub ?? r.ip,
        },
      },
      schema: {
        tags: ['webinars'],
        summary: "A LiveKit token for this webinar's room: host or viewer, by role",
        security: [{ session: [] }],
        params: WebinarParamsSchema,
        response: { 200: LiveTokenSchema, ...ERRORS, 429: ProblemSchema },
      },
    },
    async (request) => {
      const { user, webinar, isHost } = await context(request, request.params.webinarId);
      if (webinar.status === 'ended')
        throw new HttpProblem(409, 'webinar-ended', 'Webinar ended', 'This webinar has ended.');
      if (!isHost && webinar.status !== 'live') {
        throw new HttpProblem(
          409,
          'webinar-not-live',
          'Not live yet',
          'The webinar has not started yet. It opens here when the host goes live.',
        );
      }
      return liveRooms(app).issueToken(
        { id: user.row.id, displayName: user.row.displayName },
        webinar.id,
        isHost ? 'host' : 'viewer',
      );
    },
  );

  app.put(
    '/webinars/:webinarId/live',
    {
      schema: {
        tags: ['webinars'],
        summary: 'Go live, or end the webinar (its host)',
        description:
          'Ending closes the room: everyone is disconnected. It ends even while LiveKit cannot be reached; the room is closed once it can.',
        security: [{ session: [] }],
        params: WebinarParamsSchema,
        body: LiveStateSchema,
        response: { 200: WebinarSchema, ...ERRORS },
      },
    },
    async (request) => {
      const { webinar, isHost } = await context(request, request.params.webinarId);
      if (!isHost) throw forbidden('Only this stand’s own staff can start or end its webinars.');
      if (webinar.status === 'ended')
        throw new HttpProblem(
          409,
          'webinar-ended',
          'Webinar ended',
          'This webinar has already ended.',
        );
      await setWebinarStatus(app.db, webinar.id, request.body.live ? 'live' : 'ended');
      // Ended whatever LiveKit says: no token is given for it any more, and its room closes now
      // or as soon as LiveKit answers again.
      if (!request.body.live) await app.liveRooms?.close(webinar.id);
      app.publicCache.clear();
      return { ...webinar, status: request.body.live ? ('live' as const) : ('ended' as const) };
    },
  );

  app.put(
    '/webinars/:webinarId/hand',
    {
      config: {
        rateLimit: {
          max: 20,
          timeWindow: '1 minute',
          keyGenerator: (r) => r.sessionClaims?.sub ?? r.ip,
        },
      },
      schema: {
        tags: ['webinars'],
        summary: 'Raise or lower my hand in the webinar',
        security: [{ session: [] }],
        params: WebinarParamsSchema,
        body: HandSchema,
        response: { 204: z.null(), ...ERRORS, 429: ProblemSchema },
      },
    },
    async (request, reply) => {
      const { user, webinar } = await context(request, request.params.webinarId);
      await inRoom(
        () => liveRooms(app).setHand(webinar.id, user.row.id, request.body.raised),
        'Join the webinar before raising your hand.',
      );
      return reply.code(204).send(null);
    },
  );

  app.put(
    '/webinars/:webinarId/stage',
    {
      schema: {
        tags: ['webinars'],
        summary: 'Bring a participant on stage or take them off (the host)',
        description:
          'On stage a participant may publish camera and microphone; off stage their tracks stop.',
        security: [{ session: [] }],
        params: WebinarParamsSchema,
        body: StageChangeSchema,
        response: { 204: z.null(), ...ERRORS },
      },
    },
    async (request, reply) => {
      const { webinar, isHost } = await context(request, request.params.webinarId);
      if (!isHost) throw forbidden('Only this stand’s own staff can bring people on stage.');
      await inRoom(
        () => liveRooms(app).setOnStage(webinar.id, request.body.identity, request.body.onStage),
        'That participant is not in the webinar any more.',
      );
      return reply.code(204).send(null);
    },
  );
};
