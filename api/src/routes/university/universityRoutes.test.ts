import {
  CompetencyListSchema,
  ProblemSchema,
  ProgramPageSchema,
  ProgramSchema,
} from '@salon/shared';
import { describe, expect, it } from 'vitest';
import { expectStatus } from '../../../test/expectStatus.ts';
import { HOSTILE_STRINGS, useTestApp } from '../../../test/testApp.ts';
import { demoFair } from '../../../test/testDatabases.ts';

const app = useTestApp();

describe('GET /api/programs', () => {
  it('filters by competency and format', async () => {
    const expected = demoFair.programs.filter(
      (program) => program.competencyCodes.includes('digital') && program.format === 'online',
    );
    const response = await app().inject(
      '/api/programs?competency=digital&format=online&pageSize=100',
    );
    const page = ProgramPageSchema.parse(response.json());
    expect(page.items.map((item) => item.id).sort()).toEqual(expected.map((p) => p.id).sort());
  });

  it('refuses an unknown format and a page size over the limit', async () => {
    for (const query of ['format=offline', 'pageSize=101']) {
      const response = await app().inject(`/api/programs?${query}`);
      expect(response.statusCode).toBe(400);
      expect(ProblemSchema.safeParse(response.json()).success).toBe(true);
    }
  });

  it.each([
    ['a page size that is not a number', 'pageSize=abc', 'query.pageSize'],
    ['a page that is not a number', 'page=two', 'query.page'],
    ['a competency code with markup', 'competency=%3Cb%3E', 'query.competency'],
    ['a competency code that reads like SQL', "competency=x'%20OR%201=1", 'query.competency'],
  ])('refuses %s with a 400 problem', async (_case, query, path) => {
    const response = await app().inject(`/api/programs?${query}`);
    expectStatus(response, 400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(ProblemSchema.parse(response.json()).errors?.map((e) => e.path)).toContain(path);
  });

  it.each(HOSTILE_STRINGS)('searches for %j without harm and finds nothing', async (text) => {
    const response = await app().inject({ url: '/api/programs', query: { q: text } });
    expectStatus(response, 200);
    expect(ProgramPageSchema.parse(response.json())).toMatchObject({ items: [], total: 0 });
  });

  it('finds programs by a word of their title, in any letter case', async () => {
    const sample = demoFair.programs[4];
    const word = sample?.title.ru.split(/\s+/).find((part) => part.length > 5) ?? '';
    const response = await app().inject({
      url: '/api/programs',
      query: { q: word.toUpperCase(), pageSize: '100' },
    });
    const page = ProgramPageSchema.parse(response.json());
    expect(page.items.map((item) => item.id)).toContain(sample?.id);
    expect(page.total).toBeLessThan(demoFair.programs.length);
    expect(
      page.items.every((item) => JSON.stringify(item).toLowerCase().includes(word.toLowerCase())),
    ).toBe(true);
  });

  it('gives the second page the programs after the first', async () => {
    const all = ProgramPageSchema.parse((await app().inject('/api/programs?pageSize=100')).json());
    const second = ProgramPageSchema.parse(
      (await app().inject('/api/programs?page=2&pageSize=20')).json(),
    );
    expect(second.total).toBe(demoFair.programs.length);
    expect(second.items.map((item) => item.id)).toEqual(
      all.items.slice(20, 40).map((item) => item.id),
    );
  });
});

describe('GET /api/programs/:id', () => {
  it('returns a program with its competencies, and 404 for an unknown one', async () => {
    const sample = demoFair.programs[0];
    const found = await app().inject(`/api/programs/${sample?.id ?? ''}`);
    expect(ProgramSchema.parse(found.json())).toEqual(sample);
    expect((await app().inject('/api/programs/pr9999')).statusCode).toBe(404);
  });

  it.each(HOSTILE_STRINGS)('refuses the id %j with a 400 problem', async (id) => {
    const response = await app().inject(`/api/programs/${encodeURIComponent(id)}`);
    expectStatus(response, 400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(ProblemSchema.parse(response.json()).errors?.[0]?.path).toBe('path.id');
  });

  it('answers 404 with a problem for a well-formed id that reads like SQL', async () => {
    const response = await app().inject('/api/programs/pr001-or-1-1');
    expectStatus(response, 404);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });
});

describe('GET /api/competencies', () => {
  it('lists the competencies in the standard order', async () => {
    const response = await app().inject('/api/competencies');
    expect(CompetencyListSchema.parse(response.json())).toEqual(demoFair.competencies);
  });
});
