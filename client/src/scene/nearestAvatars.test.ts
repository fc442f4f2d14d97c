import { describe, expect, it } from 'vitest';
import type { AvatarView } from '../state/hallWorld.ts';
import { createNearestBuffers, nearestAvatars } from './nearestAvatars.ts';

const avatar = (id: string, x: number, y: number): AvatarView => ({
  id,
  userId: id,
  name: id,
  role: 'visitor',
  color: '#123456',
  x,
  y,
  heading: 0,
  state: 'idle',
  standId: '',
});

const crowd = (list: AvatarView[]) => new Map(list.map((a) => [a.id, a]));

describe('nearestAvatars', () => {
  it('lists the nearest avatars first, at most as many as the buffers hold', () => {
    const avatars = crowd([
      avatar('far', 9, 0),
      avatar('near', 1, 0),
      avatar('mid', 4, 0),
      avatar('next', 2, 0),
    ]);
    const buffers = createNearestBuffers(3);
    const count = nearestAvatars(avatars, 0, 0, 100, null, buffers);
    expect(buffers.ids.slice(0, count)).toEqual(['near', 'next', 'mid']);
  });

  it('skips the own avatar and anyone beyond the distance', () => {
    const avatars = crowd([avatar('self', 0, 0), avatar('a', 3, 4), avatar('b', 30, 40)]);
    const buffers = createNearestBuffers(12);
    const count = nearestAvatars(avatars, 0, 0, 10, 'self', buffers);
    expect(buffers.ids.slice(0, count)).toEqual(['a']);
    expect(buffers.distances[0]).toBe(25);
  });

  it('agrees with sorting the whole crowd', () => {
    const list = Array.from({ length: 500 }, (_, i) =>
      avatar(`a${i}`, (i * 37) % 101, (i * 53) % 97),
    );
    const buffers = createNearestBuffers(12);
    const count = nearestAvatars(crowd(list), 50, 50, 1000, null, buffers);
    const expected = [...list]
      .map((a) => ({ id: a.id, d: (a.x - 50) ** 2 + (a.y - 50) ** 2 }))
      .sort((p, q) => p.d - q.d)
      .slice(0, 12)
      .map((entry) => entry.d);
    expect(Array.from(buffers.distances.slice(0, count))).toEqual(expected);
  });

  it('writes nothing for an empty hall', () => {
    expect(nearestAvatars(new Map(), 0, 0, 10, null, createNearestBuffers(4))).toBe(0);
  });
});
