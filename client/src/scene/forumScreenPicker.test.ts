import { describe, expect, it } from 'vitest';
import {
  FORUM_SCREEN_RANGE,
  nearestScreens,
  pickProgramScreen,
  screenDistance,
  stagesToPoll,
  volumeAt,
} from './forumScreenPicker.ts';

const screen = (id: string, stageId: string, x: number, y: number) => ({ id, stageId, x, y });
const MAIN = screen('s-main', 'stage-main', 15, 45);
const SCHOOL = screen('s-school', 'stage-school', 42, 35);
const FAR = screen('s-far', 'stage-far', 138, 45);
const MAIN_TWIN = screen('s-main-2', 'stage-main', 30, 45);
const SCREENS = [MAIN, SCHOOL, FAR];
const liveOnly =
  (...stages: string[]) =>
  (stageId: string) =>
    stages.includes(stageId);

describe('screenDistance', () => {
  it('measures from the screen’s centre on the floor', () => {
    expect(screenDistance(MAIN, { x: 15, y: 39 })).toBe(6);
  });
});

describe('nearestScreens', () => {
  it('keeps the screens within the radius, nearest first, at most `count`', () => {
    expect(nearestScreens(SCREENS, { x: 20, y: 40 }, 40, 5)).toEqual([MAIN, SCHOOL]);
    expect(nearestScreens(SCREENS, { x: 20, y: 40 }, 40, 1)).toEqual([MAIN]);
  });

  it('returns nothing when no screen is in reach or the count is not positive', () => {
    expect(nearestScreens(SCREENS, { x: 90, y: 5 }, 10, 2)).toEqual([]);
    expect(nearestScreens(SCREENS, { x: 15, y: 45 }, 10, 0)).toEqual([]);
  });

  it('orders screens at the same distance by id, so the answer does not flicker', () => {
    const a = screen('a', 'x', -1, 0);
    const b = screen('b', 'y', 1, 0);
    expect(nearestScreens([b, a], { x: 0, y: 0 }, 5, 2)).toEqual([a, b]);
  });
});

describe('stagesToPoll', () => {
  it('polls nothing without an own avatar', () => {
    expect(stagesToPoll(SCREENS, null)).toEqual([]);
  });

  it('polls only the stages of the nearest screens in reach, never every stage', () => {
    expect(stagesToPoll(SCREENS, { x: 20, y: 40 })).toEqual(['stage-main', 'stage-school']);
    expect(stagesToPoll(SCREENS, { x: 140, y: 40 })).toEqual(['stage-far']);
    expect(stagesToPoll(SCREENS, { x: 90, y: 40 })).toEqual([]);
  });

  it('asks once for a stage that two near screens show, in a stable order', () => {
    const stages = stagesToPoll([MAIN_TWIN, MAIN, SCHOOL], { x: 22, y: 45 });
    expect(stages).toEqual(['stage-main']);
    expect(FORUM_SCREEN_RANGE.pollCount).toBe(2);
  });
});

describe('pickProgramScreen', () => {
  it('picks the nearest screen of a live stage within the join radius', () => {
    const point = { x: 20, y: 40 };
    expect(pickProgramScreen(SCREENS, point, liveOnly('stage-main', 'stage-school'), null)).toBe(
      MAIN,
    );
    expect(pickProgramScreen(SCREENS, point, liveOnly('stage-school'), null)).toBe(SCHOOL);
  });

  it('picks nothing when nothing near is live, or without an own avatar', () => {
    expect(pickProgramScreen(SCREENS, { x: 20, y: 40 }, liveOnly('stage-far'), null)).toBeNull();
    expect(pickProgramScreen(SCREENS, null, liveOnly('stage-main'), null)).toBeNull();
  });

  it('keeps the current screen past the join radius until the leave radius', () => {
    const between = { x: 15, y: 45 - (FORUM_SCREEN_RANGE.join + FORUM_SCREEN_RANGE.leave) / 2 };
    const isLive = liveOnly('stage-main');
    expect(pickProgramScreen([MAIN], between, isLive, null)).toBeNull();
    expect(pickProgramScreen([MAIN], between, isLive, MAIN.id)).toBe(MAIN);
    const beyond = { x: 15, y: 45 - FORUM_SCREEN_RANGE.leave - 1 };
    expect(pickProgramScreen([MAIN], beyond, isLive, MAIN.id)).toBeNull();
  });

  it('keeps the current screen while a nearer live one is in reach (no flapping)', () => {
    const point = { x: 28, y: 40 };
    const isLive = liveOnly('stage-main', 'stage-school');
    expect(pickProgramScreen(SCREENS, point, isLive, MAIN.id)).toBe(MAIN);
  });

  it('lets go of the current screen once its stage is no longer live', () => {
    const point = { x: 20, y: 40 };
    expect(pickProgramScreen(SCREENS, point, liveOnly('stage-school'), MAIN.id)).toBe(SCHOOL);
  });

  it('ignores a current id that is not in the layout (the layout was republished)', () => {
    expect(pickProgramScreen(SCREENS, { x: 20, y: 40 }, liveOnly('stage-main'), 'gone')).toBe(MAIN);
  });
});

describe('volumeAt', () => {
  it('is full near the screen and silent at the leave radius and beyond', () => {
    expect(volumeAt(0)).toBe(1);
    expect(volumeAt(FORUM_SCREEN_RANGE.fullVolume)).toBe(1);
    expect(volumeAt(FORUM_SCREEN_RANGE.leave)).toBe(0);
    expect(volumeAt(FORUM_SCREEN_RANGE.leave + 50)).toBe(0);
  });

  it('falls as the visitor walks away', () => {
    const samples = [5, 8, 12, 18, 25, 32].map(volumeAt);
    for (let i = 1; i < samples.length; i += 1) {
      expect(samples[i]).toBeLessThan(samples[i - 1] ?? 0);
    }
    expect(volumeAt(6)).toBeGreaterThan(volumeAt(18) * 2);
  });

  it('is silent for a distance that is not a number', () => {
    expect(volumeAt(Number.NaN)).toBe(0);
    expect(volumeAt(Infinity)).toBe(0);
  });
});
