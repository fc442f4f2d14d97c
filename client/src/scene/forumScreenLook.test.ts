import type { EventSummary, StageLive } from '@salon/shared';
import { describe, expect, it } from 'vitest';
import {
  formatWhen,
  lookKey,
  nextEventOf,
  screenLook,
  type LookLabels,
} from './forumScreenLook.ts';

const event = (id: string, startsAt: string, endsAt: string): EventSummary =>
  ({
    id,
    startsAt,
    endsAt,
    title: { ru: `Событие ${id}`, en: `Event ${id}` },
  }) as EventSummary;

const EV1 = event('ev1', '2027-04-26T10:00:00+03:00', '2027-04-26T10:50:00+03:00');
const EV2 = event('ev2', '2027-04-26T11:00:00+03:00', '2027-04-26T11:50:00+03:00');
const EV3 = event('ev3', '2027-04-27T10:00:00+03:00', '2027-04-27T10:50:00+03:00');
const at = (iso: string) => Date.parse(iso);

const LABELS: LookLabels = {
  live: 'LIVE',
  next: (when) => `Next · ${when}`,
  nothingNext: 'Nothing more',
  forum: 'Forum',
};
const STAGE = { ru: 'Главная сцена', en: 'Main stage' };

const stageLive = (status: 'live' | 'ended'): StageLive => ({
  event: EV1,
  broadcast: { eventId: 'ev1', status, liveAt: null, endedAt: null, programRoom: null },
});

describe('nextEventOf', () => {
  it('picks the first event that has not ended, in start order', () => {
    expect(nextEventOf([EV3, EV2, EV1], at('2026-01-01T00:00:00Z'))?.id).toBe('ev1');
    expect(nextEventOf([EV3, EV2, EV1], at('2027-04-26T10:30:00+03:00'))?.id).toBe('ev1');
    expect(nextEventOf([EV3, EV2, EV1], at('2027-04-26T10:55:00+03:00'))?.id).toBe('ev2');
  });

  it('leaves out the event on air, which the screen shows already', () => {
    expect(nextEventOf([EV1, EV2], at('2027-04-26T10:30:00+03:00'), 'ev1')?.id).toBe('ev2');
  });

  it('is null once the stage’s schedule is over, or empty', () => {
    expect(nextEventOf([EV1, EV2, EV3], at('2027-05-30T00:00:00Z'))).toBeNull();
    expect(nextEventOf([], 0)).toBeNull();
  });
});

describe('formatWhen', () => {
  it('states the time on the fair’s (Moscow) clock', () => {
    const en = formatWhen('2027-04-26T07:00:00Z', 'en');
    expect(en).toContain('Apr');
    expect(en).toContain('26');
    expect(en).toContain('10:00');
    expect(formatWhen('2027-04-26T07:00:00Z', 'ru')).toMatch(/26.*апр.*10:00/);
  });
});

describe('screenLook', () => {
  it('shows the live event’s title on a live stage', () => {
    expect(screenLook(STAGE, stageLive('live'), EV2, 'en', LABELS)).toEqual({
      kind: 'live',
      stage: 'Main stage',
      title: 'Event ev1',
    });
  });

  it('shows the stage’s name and the next event when nothing is live', () => {
    const look = screenLook(STAGE, null, EV2, 'ru', LABELS);
    expect(look).toMatchObject({ kind: 'idle', stage: 'Главная сцена' });
    expect(look.kind === 'idle' && look.next?.title).toBe('Событие ev2');
    expect(look.kind === 'idle' && look.next?.when).toMatch(/^Next · 26/);
  });

  it('is idle when the stage’s last answer is an ended broadcast', () => {
    expect(screenLook(STAGE, stageLive('ended'), null, 'en', LABELS)).toEqual({
      kind: 'idle',
      stage: 'Main stage',
      next: null,
    });
  });

  it('falls back to the word “Forum” while the stage’s name is unknown', () => {
    expect(screenLook(null, null, null, 'en', LABELS)).toMatchObject({ stage: 'Forum' });
  });
});

describe('lookKey', () => {
  it('changes with what the card says, and only then', () => {
    const a = screenLook(STAGE, null, EV2, 'en', LABELS);
    const b = screenLook(STAGE, null, EV2, 'en', LABELS);
    const c = screenLook(STAGE, null, EV3, 'en', LABELS);
    expect(lookKey(a, 'LIVE', 'x')).toBe(lookKey(b, 'LIVE', 'x'));
    expect(lookKey(a, 'LIVE', 'x')).not.toBe(lookKey(c, 'LIVE', 'x'));
    expect(lookKey(a, 'LIVE', 'x')).not.toBe(lookKey(a, 'LIVE', 'y'));
  });
});
