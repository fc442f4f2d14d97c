import { HealthSchema, ProblemSchema } from '@salon/shared';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/testApp.ts';

const app = useTestApp();

describe('GET /api/health', () => {
  it('reports the api and its database as up', async () => {
    const response = await app().inject('/api/health');
    expect(HealthSchema.parse(response.json())).toEqual({ status: 'ok', database: 'pglite' });
  });
});

describe('the api as a whole', () => {
  it('publishes an OpenAPI 3 document that lists every route', async () => {
    const document = (await app().inject('/api/openapi.json')).json<{
      openapi: string;
      paths: Record<string, unknown>;
    }>();
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/exhibitors',
        '/api/exhibitors/{id}',
        '/api/halls',
        '/api/halls/{hallId}/layout',
        '/api/layouts/validate',
        '/api/events',
        '/api/events/{id}',
        '/api/forum/facets',
        '/api/speakers',
        '/api/speakers/{id}',
        '/api/programs',
        '/api/programs/{id}',
        '/api/competencies',
        '/api/regions',
        '/api/topics',
      ]),
    );
  });

  it('serves a docs page', async () => {
    const response = await app().inject('/api/docs/');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
  });

  it('answers unknown routes with a problem that points to the docs', async () => {
    const response = await app().inject('/api/nothing-here');
    expect(response.statusCode).toBe(404);
    expect(ProblemSchema.parse(response.json()).detail).toContain('/api/docs');
  });

  it('refuses a write to a read-only route without a 500', async () => {
    const response = await app().inject({ method: 'DELETE', url: '/api/exhibitors/e001' });
    expect(response.statusCode).toBe(404);
  });
});
