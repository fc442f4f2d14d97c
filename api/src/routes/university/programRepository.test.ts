import type { Program } from '@salon/shared';
import { describe, expect, it } from 'vitest';
import { demoFair, describeEachDatabase } from '../../../test/testDatabases.ts';
import { getProgram, listPrograms } from './programRepository.ts';

/** What a person expects a search to find: the text anywhere in either language, any case. */
function mentions(program: Program, text: string): boolean {
  const needle = text.toLowerCase();
  return [program.title, program.description, program.provider].some(
    (field) => field.ru.toLowerCase().includes(needle) || field.en.toLowerCase().includes(needle),
  );
}

const idsOf = (items: readonly { id: string }[]): string[] => items.map((item) => item.id).sort();

describeEachDatabase('programRepository', (database) => {
  describe('listPrograms', () => {
    it('pages through every program exactly once, in the same order as one big page', async () => {
      const everything = await listPrograms(database(), { page: 1, pageSize: 100 });
      expect(everything.total).toBe(demoFair.programs.length);
      const paged: string[] = [];
      for (let page = 1; page <= Math.ceil(demoFair.programs.length / 20); page += 1) {
        const result = await listPrograms(database(), { page, pageSize: 20 });
        expect(result).toMatchObject({ page, pageSize: 20, total: demoFair.programs.length });
        paged.push(...result.items.map((item) => item.id));
      }
      expect(paged).toEqual(everything.items.map((item) => item.id));
      expect(new Set(paged)).toEqual(new Set(demoFair.programs.map((program) => program.id)));
    });

    it('gives a later page the programs after the earlier ones, sorted by Russian title', async () => {
      const first = await listPrograms(database(), { page: 1, pageSize: 20 });
      const second = await listPrograms(database(), { page: 2, pageSize: 20 });
      expect(second.items).toHaveLength(20);
      const titles = [...first.items, ...second.items].map((item) => item.title.ru);
      expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'ru')));
      expect(idsOf(first.items)).not.toEqual(idsOf(second.items));
    });

    it('returns an empty page past the end with the total still right', async () => {
      const result = await listPrograms(database(), { page: 50, pageSize: 20 });
      expect(result.items).toEqual([]);
      expect(result.total).toBe(demoFair.programs.length);
    });

    it('finds programs by a Russian word in any letter case', async () => {
      const expected = demoFair.programs.filter((program) => mentions(program, 'калининград'));
      expect(expected.length).toBeGreaterThan(0);
      for (const q of ['калининград', 'КАЛИНИНГРАД']) {
        const result = await listPrograms(database(), { page: 1, pageSize: 100, q });
        expect(idsOf(result.items)).toEqual(idsOf(expected));
        expect(result.total).toBe(expected.length);
      }
    });

    it('finds a program by its English title', async () => {
      const sample = demoFair.programs[3];
      if (!sample) throw new Error('The demo fair is too small');
      const result = await listPrograms(database(), { page: 1, pageSize: 100, q: sample.title.en });
      expect(result.items.map((item) => item.id)).toContain(sample.id);
      expect(result.items.every((item) => mentions(item, sample.title.en))).toBe(true);
    });

    it('finds nothing for SQL-looking or wildcard-only text', async () => {
      for (const q of ["' OR 1=1 --", '%', '_', '%_%', '\\']) {
        const result = await listPrograms(database(), { page: 1, pageSize: 100, q });
        expect({ q, total: result.total }).toEqual({ q, total: 0 });
      }
    });

    it('filters by competency, with every program keeping all its competencies in order', async () => {
      for (const { code } of demoFair.competencies) {
        const expected = demoFair.programs.filter((program) =>
          program.competencyCodes.includes(code),
        );
        const result = await listPrograms(database(), { page: 1, pageSize: 100, competency: code });
        expect(idsOf(result.items)).toEqual(idsOf(expected));
        for (const item of result.items) {
          const source = expected.find((program) => program.id === item.id);
          expect(item.competencyCodes).toEqual(source?.competencyCodes);
        }
      }
      const unknown = await listPrograms(database(), {
        page: 1,
        pageSize: 100,
        competency: 'nonexistent',
      });
      expect(unknown.total).toBe(0);
    });

    it('combines text search, competency and format, and pages the result', async () => {
      const expected = demoFair.programs.filter(
        (program) => program.format === 'online' && mentions(program, 'программа'),
      );
      expect(expected.length).toBeGreaterThan(10);
      const all = await listPrograms(database(), {
        page: 1,
        pageSize: 100,
        q: 'Программа',
        format: 'online',
      });
      expect(idsOf(all.items)).toEqual(idsOf(expected));
      const second = await listPrograms(database(), {
        page: 2,
        pageSize: 5,
        q: 'Программа',
        format: 'online',
      });
      expect(second.total).toBe(expected.length);
      expect(second.items.map((item) => item.id)).toEqual(
        all.items.slice(5, 10).map((item) => item.id),
      );

      const competency = demoFair.programs[0]?.competencyCodes[0] ?? '';
      const both = await listPrograms(database(), {
        page: 1,
        pageSize: 100,
        competency,
        format: 'blended',
      });
      expect(idsOf(both.items)).toEqual(
        idsOf(
          demoFair.programs.filter(
            (program) =>
              program.format === 'blended' && program.competencyCodes.includes(competency),
          ),
        ),
      );
    });
  });

  describe('getProgram', () => {
    it('returns each program exactly as in the demo fair', async () => {
      for (const sample of [demoFair.programs[0], demoFair.programs.at(-1)]) {
        if (!sample) throw new Error('The demo fair has no programs');
        expect(await getProgram(database(), sample.id)).toEqual(sample);
      }
    });

    it('returns null for an unknown or hostile id', async () => {
      expect(await getProgram(database(), 'pr9999')).toBeNull();
      expect(await getProgram(database(), "pr001' OR '1'='1")).toBeNull();
    });
  });
});
