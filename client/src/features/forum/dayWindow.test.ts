import { describe, expect, it } from 'vitest';
import { dayWindow } from './dayWindow.ts';

describe('dayWindow', () => {
  it('spans the day of the fair’s Moscow clock', () => {
    expect(dayWindow('2027-04-30')).toEqual({
      from: '2027-04-30T00:00:00+03:00',
      to: '2027-04-30T20:59:59Z',
    });
  });

  it('refuses what is not a day', () => {
    expect(dayWindow('')).toBeNull();
    expect(dayWindow('2027-4-30')).toBeNull();
    expect(dayWindow('2027-02-30x')).toBeNull();
  });
});
