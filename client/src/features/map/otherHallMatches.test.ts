import type { ExhibitorSummary } from '@salon/shared';
import { describe, expect, it } from 'vitest';
import { otherHallMatches } from './otherHallMatches.ts';

function exhibitor(id: string, hallId: string | null): ExhibitorSummary {
  return {
    id,
    kind: 'business',
    name: { ru: id, en: id },
    regionCode: 'RU-MOW',
    topicCodes: [],
    colors: { primary: '#123456', accent: '#abcdef' },
    stand: hallId ? { hallId, standId: `s-${id}` } : null,
    logoUrl: null,
  };
}

describe('otherHallMatches', () => {
  it('counts the matches whose stands are in other halls, hall by hall', () => {
    const matches = [
      exhibitor('e1', 'hall-1'),
      exhibitor('e2', 'hall-2'),
      exhibitor('e3', 'hall-3'),
      exhibitor('e4', 'hall-2'),
    ];
    expect(otherHallMatches(matches, 'hall-1')).toEqual([
      { hallId: 'hall-2', count: 2 },
      { hallId: 'hall-3', count: 1 },
    ]);
  });

  it('leaves out exhibitors without a stand, and finds nothing when every match is here', () => {
    expect(otherHallMatches([exhibitor('e1', 'hall-1'), exhibitor('e2', null)], 'hall-1')).toEqual(
      [],
    );
    expect(otherHallMatches([], 'hall-1')).toEqual([]);
  });
});
