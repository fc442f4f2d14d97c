import type { StudioState } from '@salon/shared';
import { describe, expect, it } from 'vitest';
import { newerState } from './newerState.ts';

const state = (version: number, layout: StudioState['layout'] = 'moderatorOnly'): StudioState => ({
  eventId: 'ev001',
  status: 'scheduled',
  layout,
  onAir: null,
  slideIndex: 0,
  slides: null,
  cue: null,
  liveAt: null,
  endedAt: null,
  onAirLog: [],
  version,
});

describe('newerState', () => {
  it('takes the first state', () => {
    expect(newerState(null, state(3)).version).toBe(3);
  });

  it('keeps the higher version when an older one arrives late', () => {
    const current = state(5, 'slidesOnly');
    expect(newerState(current, state(4))).toBe(current);
    expect(newerState(current, state(5))).toBe(current);
    expect(newerState(current, state(6)).version).toBe(6);
  });
});
