import { quantize, type PublishedLayout } from '@salon/shared';
import { describe, expect, it } from 'vitest';
import { HallIntents } from './HallIntents.ts';
import { HallWorldSync } from './hallWorldSync.ts';

const PUBLISHED: PublishedLayout = {
  hallId: 'hall-t',
  version: 1,
  publishedAt: '2027-04-01T10:00:00.000Z',
  floor: { width: 60, depth: 30 },
  layout: {
    stands: [{ id: 's1', exhibitorId: 'e1', x: 20, y: 20, width: 4, depth: 4, facing: 'south' }],
    alleys: [{ id: 'a1', topicCode: null, from: { x: 2, y: 15 }, to: { x: 58, y: 15 }, width: 4 }],
    screens: [],
    spawnPoints: [],
  },
};

function setup() {
  const sync = new HallWorldSync(PUBLISHED);
  sync.addAvatar(
    'me',
    {
      userId: 'u',
      name: 'Я',
      role: 'visitor',
      color: '#000000',
      x: quantize(5),
      y: quantize(15),
      heading: 0,
      state: 0,
      standId: '',
    },
    true,
    0,
  );
  const sent: [string, object][] = [];
  const intents = new HallIntents(sync, (type, payload) => {
    sent.push([type, payload]);
    return true;
  });
  return { sync, intents, sent };
}

describe('HallIntents', () => {
  it('sends a direction only when it changes', () => {
    const { intents, sent } = setup();
    intents.move({ x: 1, y: 0 });
    intents.move({ x: 1, y: 0 });
    intents.move({ x: 0, y: 0 });
    expect(sent).toEqual([
      ['move', { x: 1, y: 0 }],
      ['move', { x: 0, y: 0 }],
    ]);
  });

  it('plans a walk locally, shows its path and sends only the goal', () => {
    const { sync, intents, sent } = setup();
    expect(intents.walkTo({ x: 30, y: 15 })).toBe('walking');
    sync.frame(16, 0.016);
    expect(sync.world.path?.at(-1)).toEqual({ x: 30, y: 15 });
    expect(sent).toEqual([['walkTo', { x: 30, y: 15 }]]);
    intents.dispose();
  });

  it('does not ask the server to walk into a stand', () => {
    const { intents, sent } = setup();
    expect(intents.walkTo({ x: 20, y: 20 })).toBe('notWalkable');
    expect(sent).toEqual([]);
  });

  it('stops the predicted walk when the server refuses it', () => {
    const { sync, intents } = setup();
    intents.walkTo({ x: 30, y: 15 });
    intents.refused({ type: 'walkTo', reason: 'unreachable' });
    sync.frame(16, 0.016);
    expect(sync.world.path).toBeNull();
    intents.dispose();
  });

  it('ignores a refusal it cannot read', () => {
    const { intents } = setup();
    expect(() => intents.refused('nonsense')).not.toThrow();
    expect(() => intents.refused(null)).not.toThrow();
  });
});
