import { describe, expect, it } from 'vitest';
import { demoFair, describeEachDatabase } from '../../../test/testDatabases.ts';
import { listCompetencies, listRegions, listTopics } from './dictionaryRepository.ts';

describeEachDatabase('dictionaryRepository', (database) => {
  describe('listRegions', () => {
    it('lists every region once, sorted by its Russian name as a Russian reader expects', async () => {
      const regions = await listRegions(database());
      const expected = [...demoFair.regions].sort((a, b) =>
        a.name.ru.localeCompare(b.name.ru, 'ru'),
      );
      expect(regions).toEqual(expected);
    });
  });

  describe('listTopics', () => {
    it('lists the topics in their display order with both names', async () => {
      expect(await listTopics(database())).toEqual(demoFair.topics);
    });
  });

  describe('listCompetencies', () => {
    it('lists the competencies in the order of the professional standard', async () => {
      expect(await listCompetencies(database())).toEqual(demoFair.competencies);
    });
  });
});
