import {
  CompetencyListSchema,
  ProblemSchema,
  ProgramPageSchema,
  ProgramSchema,
} from '@salon/shared';
import { describe, expect, it } from 'vitest';
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

  it.each(HOSTILE_STRINGS)('searches for %j without harm', async (text) => {
    const response = await app().inject({ url: '/api/programs', query: { q: text } });
    expect(response.statusCode).toBe(200);
  });
});

describe('GET /api/programs/:id', () => {
  it('returns a program with its competencies, and 404 for an unknown one', async () => {
    const sample = demoFair.programs[0];
    const found = await app().inject(`/api/programs/${sample?.id ?? ''}`);
    expect(ProgramSchema.parse(found.json())).toEqual(sample);
    expect((await app().inject('/api/programs/pr9999')).statusCode).toBe(404);
  });
});

describe('GET /api/competencies', () => {
  it('lists the competencies in the standard order', async () => {
    const response = await app().inject('/api/competencies');
    expect(CompetencyListSchema.parse(response.json())).toEqual(demoFair.competencies);
  });
});
