import { describe, expect, it } from 'vitest';
import { demoFair, describeEachDatabase } from '../../../test/testDatabases.ts';
import { getExhibitor, listExhibitors } from './exhibitorRepository.ts';

const defaults = { page: 1, pageSize: 20 } as const;

describeEachDatabase('exhibitorRepository', (database) => {
  describe('listExhibitors', () => {
    it('pages through every exhibitor exactly once', async () => {
      const seen = new Set<string>();
      let page = 1;
      let total: number;
      for (;;) {
        const result = await listExhibitors(database(), { page, pageSize: 50 });
        total = result.total;
        result.items.forEach((item) => seen.add(item.id));
        if (result.items.length < 50) break;
        page += 1;
      }
      expect(total).toBe(demoFair.exhibitors.length);
      expect(seen.size).toBe(demoFair.exhibitors.length);
    });

    it('finds exhibitors by a Cyrillic word in any letter case', async () => {
      const sample = demoFair.exhibitors[0];
      if (!sample) throw new Error('The demo fair has no exhibitors');
      const word = sample.name.ru.split(/\s+/).find((part) => part.length > 3) ?? sample.name.ru;
      const lower = await listExhibitors(database(), { ...defaults, q: word.toLowerCase() });
      const upper = await listExhibitors(database(), { ...defaults, q: word.toUpperCase() });
      expect(lower.items.map((item) => item.id)).toContain(sample.id);
      expect(upper.total).toBe(lower.total);
    });

    it('finds exhibitors by their English name', async () => {
      const sample = demoFair.exhibitors[5];
      if (!sample) throw new Error('The demo fair is too small');
      const result = await listExhibitors(database(), { ...defaults, q: sample.name.en });
      expect(result.items.map((item) => item.id)).toContain(sample.id);
    });

    it('treats LIKE wildcards in the search text literally', async () => {
      const result = await listExhibitors(database(), { ...defaults, q: '%_%' });
      expect(result.total).toBe(0);
    });

    it('filters by kind, region and topic together', async () => {
      const expected = demoFair.exhibitors.filter(
        (exhibitor) => exhibitor.kind === 'institution' && exhibitor.topicCodes.includes('school'),
      );
      const region = expected[0]?.regionCode;
      if (!region) throw new Error('The demo fair has no school institutions');
      const result = await listExhibitors(database(), {
        page: 1,
        pageSize: 100,
        kind: 'institution',
        topic: 'school',
        region,
      });
      const ids = expected.filter((exhibitor) => exhibitor.regionCode === region).map((e) => e.id);
      expect(result.items.map((item) => item.id).sort()).toEqual(ids.sort());
      expect(result.items.every((item) => item.kind === 'institution')).toBe(true);
    });

    it('gives each exhibitor its topics in order and its stand in a published hall', async () => {
      const result = await listExhibitors(database(), { page: 1, pageSize: 100 });
      for (const item of result.items) {
        const source = demoFair.exhibitors.find((exhibitor) => exhibitor.id === item.id);
        expect(item.topicCodes).toEqual(source?.topicCodes);
        expect(item.stand?.hallId).toMatch(/^hall-/);
      }
    });

    it('returns an empty page past the end', async () => {
      const result = await listExhibitors(database(), { page: 1000, pageSize: 20 });
      expect(result.items).toEqual([]);
      expect(result.total).toBe(demoFair.exhibitors.length);
    });
  });

  describe('getExhibitor', () => {
    it('returns the card with region, topics and contacts', async () => {
      const source = demoFair.exhibitors[0];
      if (!source) throw new Error('The demo fair has no exhibitors');
      const card = await getExhibitor(database(), source.id);
      expect(card?.name).toEqual(source.name);
      expect(card?.contacts).toEqual(source.contacts);
      expect(card?.region.code).toBe(source.regionCode);
      expect(card?.topics.map((topic) => topic.code)).toEqual(source.topicCodes);
    });

    it('returns null for an unknown id', async () => {
      expect(await getExhibitor(database(), 'no-such-exhibitor')).toBeNull();
    });
  });
});
