import { Encoder, StateView } from '@colyseus/schema';
import { describe, expect, it } from 'vitest';
import { emptyHallState, hall1Layout } from '../../../test/hallFixture.ts';
import { AvatarSimulation } from './AvatarSimulation.ts';
import { INTEREST, InterestManager } from './interestManagement.ts';

const WHO = { userId: 'u', name: 'N', role: 'visitor', color: '#e63946' };

/** A room's worth of state with an encoder (views bind to it), and a viewer "me" at (20, 40). */
function scene(others: Record<string, { x: number; y: number }>) {
  const layout = hall1Layout();
  const state = emptyHallState();
  new Encoder(state);
  const simulation = new AvatarSimulation(layout, state);
  const interest = new InterestManager(layout.floor);
  const me = simulation.add('me', WHO, { x: 20, y: 40 });
  for (const [id, at] of Object.entries(others)) simulation.add(id, WHO, at);
  const view = new StateView();
  interest.addViewer('me', view, me);
  const tick = (count = 1) => {
    for (let index = 0; index < count; index += 1) {
      simulation.step(1 / 20);
      interest.rebuild((visit) => simulation.forEach(visit));
      interest.update();
    }
  };
  const sees = (id: string) => {
    const avatar = state.avatars.get(id);
    return avatar !== undefined && view.has(avatar);
  };
  return { simulation, interest, tick, sees };
}

describe('InterestManager', () => {
  it('shows a new viewer its own avatar at once, and those near it on the next tick', () => {
    const { tick, sees } = scene({ near: { x: 30, y: 40 }, far: { x: 80, y: 40 } });
    expect(sees('me')).toBe(true);
    expect(sees('near')).toBe(false);
    tick();
    expect([sees('me'), sees('near'), sees('far')]).toEqual([true, true, false]);
  });

  it('brings an avatar in within the enter radius and lets it go only past the leave radius', () => {
    const { simulation, tick, sees } = scene({
      walker: { x: 20 + INTEREST.enterRadius + 2, y: 40 },
    });
    tick(INTEREST.updateEveryTicks);
    expect(sees('walker')).toBe(false);

    simulation.direct('walker', -1, 0);
    tick(20);
    simulation.stop('walker');
    tick(INTEREST.updateEveryTicks);
    expect(sees('walker')).toBe(true);

    // Back out to between the radii: still in view (no flicker at the edge).
    simulation.direct('walker', 1, 0);
    tick(25);
    simulation.stop('walker');
    const x = simulation.position('walker')?.x ?? 0;
    expect(x - 20).toBeGreaterThan(INTEREST.enterRadius);
    expect(x - 20).toBeLessThan(INTEREST.leaveRadius);
    tick(INTEREST.updateEveryTicks);
    expect(sees('walker')).toBe(true);

    simulation.direct('walker', 1, 0);
    tick(40);
    expect(sees('walker')).toBe(false);
  });

  it('leaves the view of a removed viewer alone', () => {
    const { interest, tick, sees } = scene({ near: { x: 30, y: 40 } });
    interest.removeViewer('me');
    tick(INTEREST.updateEveryTicks);
    expect(sees('near')).toBe(false);
  });
});
