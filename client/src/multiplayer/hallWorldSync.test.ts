import { quantize, type PublishedLayout } from '@salon/shared';
import { describe, expect, it } from 'vitest';
import { HallWorldSync, type AvatarFields } from './hallWorldSync.ts';

const PUBLISHED: PublishedLayout = {
  hallId: 'hall-t',
  version: 1,
  publishedAt: '2027-04-01T10:00:00.000Z',
  floor: { width: 60, depth: 30 },
  layout: {
    stands: [{ id: 's1', exhibitorId: 'e1', x: 20, y: 20, width: 4, depth: 4, facing: 'south' }],
    alleys: [{ id: 'a1', topicCode: null, from: { x: 2, y: 15 }, to: { x: 58, y: 15 }, width: 4 }],
    screens: [],
    spawnPoints: [{ id: 'p1', x: 5, y: 15 }],
  },
};

function fields(x: number, y: number, extra: Partial<AvatarFields> = {}): AvatarFields {
  return {
    userId: 'u',
    name: 'Анна',
    role: 'visitor',
    color: '#e63946',
    x: quantize(x),
    y: quantize(y),
    heading: 0,
    state: 0,
    standId: '',
    ...extra,
  };
}

describe('HallWorldSync', () => {
  it('shows a joining avatar at its dequantized position and bumps the structure', () => {
    const sync = new HallWorldSync(PUBLISHED);
    sync.addAvatar('b', fields(10.3, 15.2), false, 0);
    const b = sync.world.avatars.get('b');
    expect(b?.name).toBe('Анна');
    expect(b?.x).toBeCloseTo(10.3);
    expect(b?.y).toBeCloseTo(15.2);
    expect(sync.world.structureVersion).toBe(1);
    sync.removeAvatar('b');
    expect(sync.world.avatars.size).toBe(0);
    expect(sync.world.structureVersion).toBe(2);
  });

  it('draws another avatar between its patches, a little in the past', () => {
    const sync = new HallWorldSync(PUBLISHED);
    sync.addAvatar('b', fields(10, 15), false, 1000);
    sync.updateAvatar('b', fields(10.2, 15, { state: 1 }), 1050);
    sync.frame(1125, 1 / 60);
    const b = sync.world.avatars.get('b');
    expect(b?.x).toBeCloseTo(10.1);
    expect(b?.state).toBe('walking');
  });

  it('moves the own avatar at once from a local intent, before any server patch', () => {
    const sync = new HallWorldSync(PUBLISHED);
    sync.addAvatar('me', fields(5, 15), true, 0);
    sync.setIntent({ kind: 'direction', x: 1, y: 0 }, 0);
    sync.frame(100, 0.1);
    const me = sync.world.avatars.get('me');
    expect(me?.x).toBeCloseTo(5.35);
    expect(me?.state).toBe('walking');
    expect(sync.world.selfId).toBe('me');
  });

  it('shows the path still ahead while walking one, and none once arrived', () => {
    const sync = new HallWorldSync(PUBLISHED);
    sync.addAvatar('me', fields(5, 15), true, 0);
    const points = [
      { x: 5, y: 15 },
      { x: 6, y: 15 },
      { x: 7, y: 15 },
    ];
    sync.setIntent({ kind: 'path', points, next: 0 }, 0);
    sync.frame(16, 0.016);
    expect(sync.world.path?.at(-1)).toEqual({ x: 7, y: 15 });
    for (let t = 1; t <= 120; t += 1) sync.frame(16 + t * 16, 0.016);
    expect(sync.world.path).toBeNull();
  });

  it('offers the stand whose entrance is within reach', () => {
    const sync = new HallWorldSync(PUBLISHED);
    // The stand faces south: its entrance is at (20, 17).
    sync.addAvatar('me', fields(20, 15), true, 0);
    sync.frame(16, 0.016);
    expect(sync.world.nearStandId).toBe('s1');
    sync.addAvatar('me', fields(40, 15), true, 32);
    sync.frame(48, 0.016);
    expect(sync.world.nearStandId).toBeNull();
  });

  it('forgets everyone when it joins a fresh room', () => {
    const sync = new HallWorldSync(PUBLISHED);
    sync.addAvatar('me', fields(5, 15), true, 0);
    sync.addAvatar('b', fields(6, 15), false, 0);
    sync.clear();
    expect(sync.world.avatars.size).toBe(0);
    expect(sync.world.selfId).toBeNull();
    expect(sync.self).toBeNull();
  });

  it('takes a newly published layout and ignores the same version again', () => {
    const sync = new HallWorldSync(PUBLISHED);
    sync.setLayout(PUBLISHED);
    expect(sync.world.structureVersion).toBe(0);
    sync.setLayout({ ...PUBLISHED, version: 2, layout: { ...PUBLISHED.layout, stands: [] } });
    expect(sync.world.layout.stands).toEqual([]);
    expect(sync.layoutVersion).toBe(2);
    expect(sync.world.structureVersion).toBe(1);
  });
});
