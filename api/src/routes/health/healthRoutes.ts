/** Liveness plus a database round trip, for start scripts and load balancers. */
import { HealthSchema, ProblemSchema } from '@salon/shared';
import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    {
      schema: {
        tags: ['health'],
        summary: 'Is the api up and its database reachable',
        response: { 200: HealthSchema, 500: ProblemSchema },
      },
    },
    async () => {
      await app.db.execute(sql`select 1`);
      return { status: 'ok' as const, database: app.databaseKind };
    },
  );
};
