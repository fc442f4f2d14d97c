import type { StudioState } from '@salon/shared';
import { describe, expect, it } from 'vitest';
import { cueView } from './cueView.ts';

const at = '2027-04-26T07:00:00.000Z';
const sent = Date.parse(at);
const cue = (kind: NonNullable<StudioState['cue']>['kind'], text: string | null = null) => ({
  speaker: { id: 'sp281', name: { ru: 'Светлана', en: 'Svetlana' } },
  kind,
  text,
  at,
});

describe('cueView', () => {
  it('shows a cue only to the person it is for', () => {
    expect(cueView(cue('standBy'), 'sp270', sent)).toBeNull();
    expect(cueView(cue('standBy'), null, sent)).toBeNull();
    expect(cueView(null, 'sp281', sent)).toBeNull();
    expect(cueView(cue('standBy'), 'sp281', sent)).toMatchObject({
      kind: 'standBy',
      secondsLeft: null,
    });
  });

  it('counts "on air in 10 s" down from when it was sent, never below zero', () => {
    expect(cueView(cue('onAirIn10s'), 'sp281', sent)?.secondsLeft).toBe(10);
    expect(cueView(cue('onAirIn10s'), 'sp281', sent + 3200)?.secondsLeft).toBe(7);
    expect(cueView(cue('onAirIn10s'), 'sp281', sent + 15_000)?.secondsLeft).toBe(0);
    // A clock a little behind the server's still starts at 10.
    expect(cueView(cue('onAirIn10s'), 'sp281', sent - 2000)?.secondsLeft).toBe(10);
  });

  it('forgets a cue after a minute', () => {
    expect(cueView(cue('message', 'Смотрите в камеру'), 'sp281', sent + 59_000)?.text).toBe(
      'Смотрите в камеру',
    );
    expect(cueView(cue('message'), 'sp281', sent + 61_000)).toBeNull();
  });
});
