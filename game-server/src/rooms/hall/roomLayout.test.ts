import { distance, isWalkable } from '@salon/shared';
import { describe, expect, it } from 'vitest';
import { hall1Layout } from '../../../test/hallFixture.ts';
import { SPAWN_JITTER_METRES, buildRoomLayout, pickSpawn } from './roomLayout.ts';

describe('buildRoomLayout', () => {
  it('indexes the stands and keeps the spawn points', () => {
    const layout = hall1Layout();
    expect(layout.stands.get('h1-s002')?.facing).toBe('east');
    expect(layout.spawnPoints).toEqual([
      { x: 7, y: 38.5 },
      { x: 7, y: 41.5 },
    ]);
  });

  it('spawns at the start of the first alley when the layout has no spawn points', () => {
    const layout = buildRoomLayout({
      hallId: 'h',
      version: 1,
      publishedAt: '2026-04-26T09:00:00.000Z',
      floor: { width: 50, depth: 50 },
      layout: {
        stands: [],
        screens: [],
        spawnPoints: [],
        alleys: [
          { id: 'a', topicCode: null, from: { x: 5, y: 25 }, to: { x: 45, y: 25 }, width: 4 },
        ],
      },
    });
    expect(layout.spawnPoints).toEqual([{ x: 5, y: 25 }]);
  });
});

describe('pickSpawn', () => {
  it('picks a walkable point near a spawn point', () => {
    const layout = hall1Layout();
    for (let index = 0; index < 50; index += 1) {
      const point = pickSpawn(layout);
      expect(isWalkable(layout.world, point)).toBe(true);
      const nearest = Math.min(...layout.spawnPoints.map((spawn) => distance(spawn, point)));
      expect(nearest).toBeLessThanOrEqual(SPAWN_JITTER_METRES * Math.SQRT2);
    }
  });

  it('falls back to the spawn point itself when no jittered point is walkable', () => {
    const layout = hall1Layout();
    let call = 0;
    // Every other draw pushes the candidate far off the floor.
    const random = () => (call++ === 0 ? 0 : -1000);
    expect(pickSpawn(layout, random)).toEqual(layout.spawnPoints[0]);
  });
});
