import {
  AVATAR_STATES,
  MOVEMENT,
  TICK_SECONDS,
  dequantize,
  distance,
  standEntrance,
} from '@salon/shared';
import { describe, expect, it } from 'vitest';
import { emptyHallState, hall1Layout, standOf } from '../../../test/hallFixture.ts';
import { AvatarSimulation } from './AvatarSimulation.ts';

const WHO = { userId: 'u1', name: 'Анна', role: 'visitor', color: '#e63946' };
const ON_MAIN_ALLEY = { x: 10, y: 40 };

function world() {
  const state = emptyHallState();
  const simulation = new AvatarSimulation(hall1Layout(), state);
  return { state, simulation };
}

function run(simulation: AvatarSimulation, ticks: number): void {
  for (let tick = 0; tick < ticks; tick += 1) simulation.step(TICK_SECONDS);
}

describe('AvatarSimulation', () => {
  it('places an avatar with quantized coordinates and counts the population', () => {
    const { state, simulation } = world();
    const avatar = simulation.add('a', WHO, { x: 10.04, y: 40.06 });
    expect(state.avatars.get('a')).toBe(avatar);
    expect([avatar.x, avatar.y]).toEqual([100, 401]);
    expect(AVATAR_STATES[avatar.state]).toBe('idle');
    expect(state.population).toBe(1);
    simulation.remove('a');
    expect(state.population).toBe(0);
    expect(state.avatars.size).toBe(0);
  });

  it('cuts a direction longer than 1 to walking speed', () => {
    const { simulation } = world();
    simulation.add('a', WHO, ON_MAIN_ALLEY);
    simulation.direct('a', 30, 0);
    run(simulation, MOVEMENT.tickHz);
    expect(simulation.position('a')?.x).toBeCloseTo(ON_MAIN_ALLEY.x + MOVEMENT.walkSpeed, 6);
  });

  it('walks a path along the alleys and goes idle on arrival', () => {
    const { state, simulation } = world();
    simulation.add('a', WHO, ON_MAIN_ALLEY);
    expect(simulation.walkTo('a', { x: 30, y: 50 })).toBeNull();
    expect(AVATAR_STATES[state.avatars.get('a')?.state ?? 0]).toBe('walking');
    run(simulation, MOVEMENT.tickHz * 10);
    const avatar = state.avatars.get('a');
    expect(
      distance({ x: dequantize(avatar?.x ?? 0), y: dequantize(avatar?.y ?? 0) }, { x: 30, y: 50 }),
    ).toBeLessThan(0.2);
    expect(AVATAR_STATES[avatar?.state ?? 0]).toBe('idle');
  });

  it.each([
    ['off the alleys', { x: 3, y: 5 }, 'goalOffGraph'],
    ['inside a stand', { x: 25, y: 33.5 }, 'goalNotWalkable'],
    ['outside the floor', { x: -50, y: 40 }, 'goalNotWalkable'],
  ])('refuses a walkTo target %s', (_case, goal, reason) => {
    const { simulation } = world();
    simulation.add('a', WHO, ON_MAIN_ALLEY);
    expect(simulation.walkTo('a', goal)).toBe(reason);
    run(simulation, 5);
    expect(simulation.position('a')).toEqual({
      ...ON_MAIN_ALLEY,
      heading: 0,
      intent: { kind: 'idle' },
    });
  });

  it('counts the avatars at a stand, and lets them leave by walking away', () => {
    const { state, simulation } = world();
    const { stand } = standOf('h1-s002');
    const entrance = standEntrance(stand);
    simulation.add('a', WHO, entrance);
    simulation.add('b', { ...WHO, userId: 'u2' }, { x: entrance.x + 1, y: entrance.y });
    expect(simulation.enterStand('a', stand.id)).toBeNull();
    expect(simulation.enterStand('b', stand.id)).toBeNull();
    expect(simulation.enterStand('b', stand.id)).toBeNull();
    expect(state.standOccupancy.get(stand.id)).toBe(2);
    expect(state.avatars.get('a')?.standId).toBe(stand.id);

    simulation.direct('a', 1, 0);
    expect(state.standOccupancy.get(stand.id)).toBe(1);
    simulation.leaveStand('b');
    expect(state.standOccupancy.has(stand.id)).toBe(false);
    expect(AVATAR_STATES[state.avatars.get('b')?.state ?? 0]).toBe('idle');
  });

  it('refuses to enter a stand out of reach or unknown', () => {
    const { state, simulation } = world();
    simulation.add('a', WHO, ON_MAIN_ALLEY);
    expect(simulation.enterStand('a', 'h1-s002')).toBe('outOfReach');
    expect(simulation.enterStand('a', 'nope')).toBe('unknownStand');
    expect(state.standOccupancy.size).toBe(0);
  });

  it('frees the stand of an avatar that is removed', () => {
    const { state, simulation } = world();
    const { stand } = standOf('h1-s002');
    simulation.add('a', WHO, standEntrance(stand));
    simulation.enterStand('a', stand.id);
    simulation.remove('a');
    expect(state.standOccupancy.size).toBe(0);
  });
});
