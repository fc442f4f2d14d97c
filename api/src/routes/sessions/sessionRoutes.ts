/** Guest sessions, registration, sign-in and sign-out, and "who am I". */
import {
  GuestSessionBodySchema,
  ProblemSchema,
  RegisterBodySchema,
  SessionSchema,
  SessionUserSchema,
  SignInBodySchema,
} from '@salon/shared';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { hashPassword, passwordMatches } from '../../auth/passwords.ts';
import { currentUser, requireUser } from '../../plugins/authentication.ts';
import { HttpProblem } from '../../plugins/problems.ts';
import { issueSession } from './issueSession.ts';
import { revokeSession } from './sessionRepository.ts';
import {
  createUser,
  findUserByEmail,
  mergeGuestInto,
  toSessionUser,
  upgradeGuest,
} from './userRepository.ts';

/**
 * Limits per address are generous where a whole school shares one (a class opening the fair,
 * or registering, at once); sign-in is limited per address and account, so guessing one account's password
 * stays slow while colleagues behind the same address sign in to their own.
 */
const GUEST_LIMIT = { max: 120, timeWindow: '1 minute' } as const;
const REGISTER_LIMIT = { max: 30, timeWindow: '1 minute' } as const;
const SIGN_IN_LIMIT = {
  max: 10,
  timeWindow: '1 minute',
  // After validation, so the key can name the account.
  hook: 'preHandler',
  keyGenerator: (request: FastifyRequest) => `${request.ip}|${signInEmail(request.body)}`,
} as const;

function signInEmail(body: unknown): string {
  const parsed = SignInBodySchema.safeParse(body);
  return parsed.success ? parsed.data.email.toLowerCase() : '';
}

function defaultGuestName(): string {
  return `Гость ${String(Math.floor(1000 + Math.random() * 9000))}`;
}

const WRONG_CREDENTIALS = new HttpProblem(
  401,
  'wrong-credentials',
  'Wrong email or password',
  'The email or the password is wrong. Check both and try again.',
);

export const sessionRoutes: FastifyPluginAsyncZod = async (app) => {
  const responses = {
    201: SessionSchema,
    400: ProblemSchema,
    401: ProblemSchema,
    429: ProblemSchema,
  };

  app.post(
    '/sessions/guest',
    {
      config: { rateLimit: GUEST_LIMIT },
      schema: {
        tags: ['sessions'],
        summary: 'Start a guest session',
        description:
          'Creates a guest visitor and returns a session token for the api and the hall.',
        body: GuestSessionBodySchema,
        response: responses,
      },
    },
    async (request, reply) => {
      const row = await createUser(app.db, {
        displayName: request.body.displayName ?? defaultGuestName(),
        role: 'visitor',
      });
      return reply.code(201).send(await issueSession(app, row));
    },
  );

  app.post(
    '/accounts',
    {
      config: { rateLimit: REGISTER_LIMIT },
      schema: {
        tags: ['sessions'],
        summary: 'Register an account',
        description:
          'From a guest session, the guest becomes the account and keeps what they collected.',
        body: RegisterBodySchema,
        response: { ...responses, 409: ProblemSchema },
      },
    },
    async (request, reply) => {
      const { email, password, displayName } = request.body;
      if (await findUserByEmail(app.db, email)) {
        throw new HttpProblem(
          409,
          'email-taken',
          'Email already registered',
          'An account with this email already exists. Sign in instead.',
        );
      }
      const account = { email, passwordHash: await hashPassword(password), displayName };
      const guest = await currentUser(app, request);
      const upgraded =
        guest && !guest.row.email ? await upgradeGuest(app.db, guest.row.id, account) : null;
      const row = upgraded ?? (await createUser(app.db, { ...account, role: 'visitor' }));
      if (guest && upgraded) await revokeSession(app.db, guest.sessionId);
      return reply.code(201).send(await issueSession(app, row));
    },
  );

  app.post(
    '/sessions',
    {
      config: { rateLimit: SIGN_IN_LIMIT },
      schema: {
        tags: ['sessions'],
        summary: 'Sign in',
        description: 'From a guest session, what the guest collected moves into the account.',
        body: SignInBodySchema,
        response: responses,
      },
    },
    async (request, reply) => {
      const row = await findUserByEmail(app.db, request.body.email);
      if (!row?.passwordHash || !(await passwordMatches(row.passwordHash, request.body.password))) {
        throw WRONG_CREDENTIALS;
      }
      const guest = await currentUser(app, request);
      if (guest && !guest.row.email) {
        await mergeGuestInto(app.db, guest.row.id, row.id);
        await revokeSession(app.db, guest.sessionId);
      }
      return reply.code(201).send(await issueSession(app, row));
    },
  );

  app.delete(
    '/sessions/current',
    {
      schema: {
        tags: ['sessions'],
        summary: 'Sign out',
        security: [{ session: [] }],
        response: { 204: z.null(), 401: ProblemSchema },
      },
    },
    async (request, reply) => {
      const user = await requireUser(app, request);
      await revokeSession(app.db, user.sessionId);
      return reply.code(204).send(null);
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
    async (request) => toSessionUser((await requireUser(app, request)).row),
  );
};
