import { describe, expect, it } from 'vitest';
import {
  activeFilters,
  dayAfterPhase,
  daysOfPhase,
  phaseOf,
  withPhase,
} from './scheduleFilters.ts';

const days = [
  { day: '2027-04-29', phase: 'main' as const, eventCount: 50 },
  { day: '2027-04-30', phase: 'continuation' as const, eventCount: 6 },
  { day: '2027-05-01', phase: 'continuation' as const, eventCount: 5 },
];

describe('schedule filters', () => {
  it('reads only known phases from the URL', () => {
    expect(phaseOf('main')).toBe('main');
    expect(phaseOf('continuation')).toBe('continuation');
    expect(phaseOf('')).toBeUndefined();
    expect(phaseOf('MAIN')).toBeUndefined();
  });

  it("shows a phase's days, or every day", () => {
    expect(daysOfPhase(days, 'continuation').map((d) => d.day)).toEqual([
      '2027-04-30',
      '2027-05-01',
    ]);
    expect(daysOfPhase(days, '')).toHaveLength(3);
    expect(daysOfPhase(days, 'nonsense')).toHaveLength(3);
  });

  it('keeps a day that fits the new phase and clears one that does not', () => {
    expect(dayAfterPhase(days, '2027-04-30', 'continuation')).toBe('2027-04-30');
    expect(dayAfterPhase(days, '2027-04-29', 'continuation')).toBe('');
    expect(dayAfterPhase(days, '2027-04-29', '')).toBe('2027-04-29');
    expect(dayAfterPhase(days, '', 'main')).toBe('');
  });

  it('counts the filters that are on', () => {
    const none = { q: '', phase: '', day: '', stage: '', cluster: '', speaker: '' };
    expect(activeFilters(none)).toBe(0);
    expect(activeFilters({ ...none, phase: 'main', speaker: 'sp001' })).toBe(2);
  });

  it('changes phase, day and page in one URL change', () => {
    const params = new URLSearchParams('day=2027-04-29&page=3&q=школа');
    expect(withPhase(params, days, 'continuation').toString()).toBe(
      `q=${encodeURIComponent('школа')}&phase=continuation`,
    );
    expect(withPhase(params, days, 'main').get('day')).toBe('2027-04-29');
    expect(withPhase(new URLSearchParams('phase=main'), days, '').has('phase')).toBe(false);
    expect(params.get('page')).toBe('3');
  });
});
