import { ExhibitorDetailSchema, ExhibitorPageSchema, ProblemSchema } from '@salon/shared';
import { describe, expect, it } from 'vitest';
import { HOSTILE_STRINGS, useTestApp } from '../../../test/testApp.ts';
import { demoFair } from '../../../test/testDatabases.ts';

const app = useTestApp();

describe('GET /api/exhibitors', () => {
  it('lists the first page with the total', async () => {
    const response = await app().inject('/api/exhibitors?pageSize=10');
    expect(response.statusCode).toBe(200);
    const page = ExhibitorPageSchema.parse(response.json());
    expect(page.items).toHaveLength(10);
    expect(page.total).toBe(demoFair.exhibitors.length);
  });

  it('filters by kind', async () => {
    const response = await app().inject('/api/exhibitors?kind=regionalSystem&pageSize=100');
    const page = ExhibitorPageSchema.parse(response.json());
    expect(page.total).toBe(demoFair.exhibitors.filter((e) => e.kind === 'regionalSystem').length);
    expect(page.items.every((item) => item.kind === 'regionalSystem')).toBe(true);
  });

  it.each([
    ['a page size over the limit', 'pageSize=101', 'query.pageSize'],
    ['a page size that is not a number', 'pageSize=lots', 'query.pageSize'],
    ['page zero', 'page=0', 'query.page'],
    ['an unknown kind', 'kind=spaceAgency', 'query.kind'],
    ['a region code with SQL in it', "region=x'%20OR%201=1", 'query.region'],
    ['search text longer than 100 characters', `q=${'а'.repeat(101)}`, 'query.q'],
  ])('refuses %s with a problem naming the field', async (_case, query, path) => {
    const response = await app().inject(`/api/exhibitors?${query}`);
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const problem = ProblemSchema.parse(response.json());
    expect(problem.errors?.map((error) => error.path)).toContain(path);
  });

  it.each(['\u0000', 'line\nbreak', '\u001b[31m'])(
    'refuses search text %j with 400',
    async (text) => {
      const response = await app().inject({ url: '/api/exhibitors', query: { q: text } });
      expect(response.statusCode).toBe(400);
      expect(ProblemSchema.parse(response.json()).errors?.[0]?.path).toBe('query.q');
    },
  );

  it.each(HOSTILE_STRINGS)('searches for %j safely and finds nothing', async (text) => {
    const response = await app().inject({ url: '/api/exhibitors', query: { q: text } });
    expect(response.statusCode).toBe(200);
    expect(ExhibitorPageSchema.parse(response.json()).total).toBe(0);
  });
});

describe('GET /api/exhibitors/:id', () => {
  it('returns the card', async () => {
    const source = demoFair.exhibitors[3];
    if (!source) throw new Error('The demo fair is too small');
    const response = await app().inject(`/api/exhibitors/${source.id}`);
    expect(response.statusCode).toBe(200);
    expect(ExhibitorDetailSchema.parse(response.json()).name).toEqual(source.name);
  });

  it('answers 404 with a problem for an unknown id', async () => {
    const response = await app().inject('/api/exhibitors/e999999');
    expect(response.statusCode).toBe(404);
    expect(ProblemSchema.parse(response.json()).detail).toContain('e999999');
  });

  it.each(["1' OR '1'='1", '<b>x</b>', 'A'.repeat(65)])('refuses the id %j', async (id) => {
    const response = await app().inject(`/api/exhibitors/${encodeURIComponent(id)}`);
    expect(response.statusCode).toBe(400);
    expect(ProblemSchema.parse(response.json()).errors?.[0]?.path).toBe('path.id');
  });
});
