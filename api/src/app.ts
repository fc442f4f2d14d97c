/**
 * Builds the Fastify app around an open database. Every route lives under /api, declares its
 * schemas from @salon/shared, and answers errors as problem+json.
 */
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { createSessionTokens } from './auth/sessionTokens.ts';
import type { Database, DatabaseKind } from './db/database.ts';
import { registerAuthentication } from './plugins/authentication.ts';
import { registerOpenApi } from './plugins/openApi.ts';
import { registerProblemHandlers } from './plugins/problems.ts';
import { createPublicCache, type PublicCache } from './plugins/publicCache.ts';
import { dictionaryRoutes } from './routes/dictionaries/dictionaryRoutes.ts';
import { exhibitorRoutes } from './routes/exhibitors/exhibitorRoutes.ts';
import { forumRoutes } from './routes/forum/forumRoutes.ts';
import { hallRoutes } from './routes/halls/hallRoutes.ts';
import { healthRoutes } from './routes/health/healthRoutes.ts';
import { sessionRoutes } from './routes/sessions/sessionRoutes.ts';
import { universityRoutes } from './routes/university/universityRoutes.ts';

declare module 'fastify' {
  interface FastifyInstance {
    db: Database;
    databaseKind: DatabaseKind;
    publicCache: PublicCache;
  }
}

export interface AppOptions {
  db: Database;
  databaseKind: DatabaseKind;
  /** Signs session tokens; the game server verifies them with the same secret. */
  sessionSecret: string;
  logLevel?: string;
  /** How long public read responses are reused; 0 turns the cache off (tests of writes). */
  publicCacheTtlMs?: number;
}

/** JSON bodies beyond this are refused with 413 unless a route allows more. */
const BODY_LIMIT = 256 * 1024;

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: options.logLevel ?? 'silent' },
    bodyLimit: BODY_LIMIT,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
  }).withTypeProvider<ZodTypeProvider>();
  // The api speaks JSON only; anything else is refused with 415 before it reaches a route.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('db', options.db);
  app.decorate('databaseKind', options.databaseKind);
  app.decorate(
    'publicCache',
    createPublicCache({ ttlMs: options.publicCacheTtlMs ?? 5_000, maxEntries: 1_000 }),
  );
  registerProblemHandlers(app);
  registerAuthentication(app, createSessionTokens(options.sessionSecret));
  // Limits are per route (`config.rateLimit`); routes without one are not limited.
  await app.register(rateLimit, { global: false });
  await registerOpenApi(app);

  await app.register(
    async (api) => {
      await api.register(healthRoutes);
      await api.register(sessionRoutes);
      await api.register(dictionaryRoutes);
      await api.register(exhibitorRoutes);
      await api.register(hallRoutes);
      await api.register(forumRoutes);
      await api.register(universityRoutes);
    },
    { prefix: '/api' },
  );
  return app;
}
