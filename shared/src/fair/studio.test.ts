import { describe, expect, it } from 'vitest';
import { STUDIO_STATUSES, canMoveStudio, chaptersOf, isEventOver, secondsInto } from './studio.ts';

describe('canMoveStudio', () => {
  it('moves only forward: scheduled to live to ended', () => {
    const moves = STUDIO_STATUSES.flatMap((from) =>
      STUDIO_STATUSES.filter((to) => canMoveStudio(from, to)).map((to) => `${from}→${to}`),
    );
    expect(moves).toEqual(['scheduled→live', 'live→ended']);
  });
});

describe('chaptersOf', () => {
  const liveAt = new Date('2027-04-26T07:00:00Z');
  const at = (seconds: number) => new Date(liveAt.getTime() + seconds * 1000);

  it('turns each speaker put on air into a chapter at seconds since live', () => {
    const chapters = chaptersOf(
      [
        { speaker: 'rehearsal', at: at(-60) },
        { speaker: 'a', at: at(0) },
        { speaker: null, at: at(95.04) },
        { speaker: 'b', at: at(120.26) },
      ],
      liveAt,
    );
    expect(chapters).toEqual([
      { speaker: 'a', atSeconds: 0 },
      { speaker: 'b', atSeconds: 120.3 },
    ]);
  });

  it('has no chapters before the event went live', () => {
    expect(chaptersOf([{ speaker: 'a', at: at(0) }], null)).toEqual([]);
  });

  it('counts from the recording’s start when the recorder started after going live', () => {
    const log = [
      { speaker: 'rehearsal', at: at(-60) },
      { speaker: 'a', at: at(0) },
      { speaker: 'b', at: at(1) },
      { speaker: 'c', at: at(12.5) },
    ];
    // b replaced a before the recording started: b opens it, at 0.
    expect(chaptersOf(log, liveAt, at(2.5))).toEqual([
      { speaker: 'b', atSeconds: 0 },
      { speaker: 'c', atSeconds: 10 },
    ]);
    // Nobody on air when it started: no chapter at 0.
    expect(chaptersOf([...log.slice(0, 2), { speaker: null, at: at(1) }], liveAt, at(2))).toEqual(
      [],
    );
    // A start reported before going live does not bring rehearsals in.
    expect(chaptersOf(log, liveAt, at(-0.5))).toEqual([
      { speaker: 'a', atSeconds: 0.5 },
      { speaker: 'b', atSeconds: 1.5 },
      { speaker: 'c', atSeconds: 13 },
    ]);
  });
});

describe('secondsInto', () => {
  it('is tenths of a second since the start, and 0 for a moment before it', () => {
    const start = new Date('2027-04-26T07:00:00Z');
    expect(secondsInto(start, new Date(start.getTime() + 61_234))).toBe(61.2);
    expect(secondsInto(start, new Date(start.getTime() - 5_000))).toBe(0);
  });
});

describe('isEventOver', () => {
  const endsAt = new Date('2027-04-26T08:00:00Z');

  it('is over once ended, or once its time passed without going live', () => {
    expect(isEventOver('ended', endsAt, new Date('2027-04-26T07:00:00Z'))).toBe(true);
    expect(isEventOver('scheduled', endsAt, new Date('2027-04-26T09:00:00Z'))).toBe(true);
  });

  it('is not over while live, even past its scheduled end', () => {
    expect(isEventOver('live', endsAt, new Date('2027-04-26T09:00:00Z'))).toBe(false);
    expect(isEventOver('scheduled', endsAt, new Date('2027-04-26T07:00:00Z'))).toBe(false);
  });
});
