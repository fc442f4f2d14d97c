import { describe, expect, it } from 'vitest';
import type { Stand } from './hallLayout.ts';
import { nearestStand } from './nearestStand.ts';

const stand = (id: string, x: number): Stand => ({
  id,
  exhibitorId: 'e1',
  x,
  y: 10,
  width: 4,
  depth: 4,
  facing: 'south',
});

describe('nearestStand', () => {
  const stands = [stand('a', 5), stand('b', 12)];

  it('finds the stand whose entrance is closest', () => {
    expect(nearestStand(stands, { x: 11, y: 7 }, 3)?.stand.id).toBe('b');
  });

  it('finds nothing out of reach or among no stands', () => {
    expect(nearestStand(stands, { x: 30, y: 30 }, 3)).toBeNull();
    expect(nearestStand([], { x: 5, y: 7 }, 3)).toBeNull();
  });
});
