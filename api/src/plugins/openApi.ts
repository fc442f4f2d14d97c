/** The OpenAPI 3 document at /api/openapi.json and its docs page at /api/docs. */
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Salon API',
        description:
          'Schedule, exhibitors, halls and University of the Salon online education fair. Errors are application/problem+json.',
        version: '1.0.0',
      },
      components: {
        securitySchemes: { session: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      },
      tags: [
        { name: 'health' },
        { name: 'sessions' },
        { name: 'accounts' },
        { name: 'stands' },
        { name: 'chat' },
        { name: 'leads' },
        { name: 'briefcase' },
        { name: 'webinars' },
        { name: 'schedule' },
        { name: 'exhibitors' },
        { name: 'halls' },
        { name: 'forum' },
        { name: 'studio' },
        { name: 'recording' },
        { name: 'forumChat' },
        { name: 'feedback' },
        { name: 'university' },
        { name: 'dictionaries' },
      ],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());
}
