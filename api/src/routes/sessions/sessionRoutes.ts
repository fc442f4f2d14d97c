/** Guest sessions (no registration) and "who am I". */
import {
  GuestSessionBodySchema,
  ProblemSchema,
  SessionSchema,
  SessionUserSchema,
} from '@salon/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireSession } from '../../plugins/authentication.ts';
import { HttpProblem } from '../../plugins/problems.ts';
import { createGuest, getUser } from './userRepository.ts';

function defaultGuestName(): string {
  return `Гость ${String(Math.floor(1000 + Math.random() * 9000))}`;
}

export const sessionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/sessions/guest',
    {
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: ['sessions'],
        summary: 'Start a guest session',
        description:
          'Creates a guest visitor and returns a session token for the api and the hall.',
        body: GuestSessionBodySchema,
        response: { 201: SessionSchema, 400: ProblemSchema, 429: ProblemSchema },
      },
    },
    async (request, reply) => {
      const user = await createGuest(app.db, request.body.displayName ?? defaultGuestName());
      const { token, expiresAt } = await app.sessionTokens.sign(user);
      return reply.code(201).send({ token, expiresAt, user });
    },
  );

  app.get(
    '/sessions/me',
    {
      schema: {
        tags: ['sessions'],
        summary: 'The user of the current session',
        security: [{ session: [] }],
        response: { 200: SessionUserSchema, 401: ProblemSchema },
      },
    },
    async (request) => {
      const claims = requireSession(request);
      const user = await getUser(app.db, claims.sub);
      if (!user) {
        throw new HttpProblem(
          401,
          'unauthorized',
          'Session required',
          'This session’s user no longer exists. Reload the page.',
        );
      }
      return user;
    },
  );
};
