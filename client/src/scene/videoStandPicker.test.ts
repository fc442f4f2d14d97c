import type { Stand } from '@salon/shared';
import { describe, expect, it } from 'vitest';
import { VIDEO_PICK, VideoStandPicker, type Viewer } from './videoStandPicker.ts';

// Three booths of the demo's second pavilion: A and B face each other across a north-south
// alley (x = 150), C is A's neighbour to the south, beyond the cross alley (y = 40).
const stand = (id: string, x: number, y: number, facing: Stand['facing']): Stand => ({
  id,
  exhibitorId: `e-${id}`,
  x,
  y,
  width: 5,
  depth: 6,
  facing,
});
const A = stand('a', 155, 46.5, 'west'); // entrance (151.5, 46.5)
const B = stand('b', 145, 46.5, 'east'); // entrance (148.5, 46.5)
const C = stand('c', 155, 33.5, 'west'); // entrance (151.5, 33.5)
const STANDS = [A, B, C];

const NORTH = Math.PI / 2;
const SOUTH = -Math.PI / 2;
const WEST = Math.PI;
const at = (x: number, y: number, heading: number): Viewer => ({ x, y, heading });
const FRAME = 1 / 60;

/** A picker that acts at once, for the rule itself; the dwell has tests of its own. */
const instant = () => new VideoStandPicker(STANDS, { ...VIDEO_PICK, dwellSeconds: 0 });

describe('VideoStandPicker', () => {
  it('plays the stand within Enter reach, whichever way the avatar faces', () => {
    const picker = instant();
    expect(picker.update(at(151.5, 46.5, SOUTH), 'a', FRAME)).toBe('a');
  });

  it('takes up a stand the avatar faces from within 8 m of its entrance', () => {
    const picker = instant();
    expect(picker.update(at(151, 40.5, NORTH), null, FRAME)).toBe('a');
  });

  it('starts nothing while the avatar walks along the alley past the booths', () => {
    const picker = instant();
    expect(picker.update(at(150, 44, NORTH), null, FRAME)).toBeNull();
    expect(picker.update(at(150, 36, SOUTH - 1.2), null, FRAME)).toBeNull();
  });

  it('starts nothing for a stand faced from beyond 8 m', () => {
    const picker = instant();
    expect(picker.update(at(151.5, 37, NORTH), null, FRAME)).toBeNull();
  });

  it('ignores a stand the avatar is behind, even facing it', () => {
    const picker = instant();
    expect(picker.update(at(158, 40, NORTH), null, FRAME)).toBeNull();
  });

  it('keeps the playing stand while the avatar looks away nearby', () => {
    const picker = instant();
    picker.update(at(151.5, 46.5, WEST), 'a', FRAME);
    expect(picker.update(at(150, 40, WEST), null, FRAME)).toBe('a');
  });

  it('stops once the avatar is more than 11 m from the playing stand', () => {
    const picker = instant();
    picker.update(at(151.5, 46.5, WEST), 'a', FRAME);
    expect(picker.update(at(143, 40, WEST), null, FRAME)).toBe('a');
    expect(picker.update(at(138, 40, WEST), null, FRAME)).toBeNull();
  });

  it('stops once the avatar is behind the playing stand', () => {
    const picker = instant();
    picker.update(at(151.5, 46.5, WEST), 'a', FRAME);
    expect(picker.update(at(158.9, 42, WEST), null, FRAME)).toBeNull();
  });

  it('switches when the avatar reaches another stand', () => {
    const picker = instant();
    expect(picker.update(at(151.5, 46.5, WEST), 'a', FRAME)).toBe('a');
    expect(picker.update(at(148.5, 46.5, WEST), 'b', FRAME)).toBe('b');
    expect(picker.update(at(151.5, 33.5, SOUTH), 'c', FRAME)).toBe('c');
  });

  it('hands over to a faced stand only when it is clearly nearer', () => {
    const picker = instant();
    picker.update(at(151.5, 46.5, WEST), 'a', FRAME);
    // Halfway between A and C, facing C: A, as near, keeps playing.
    expect(picker.update(at(150.5, 40, SOUTH), null, FRAME)).toBe('a');
    // Closer to C's entrance by more than the margin: C takes over.
    expect(picker.update(at(150, 37, SOUTH), null, FRAME)).toBe('c');
  });

  it('ignores a near stand id that is not in the layout', () => {
    const picker = instant();
    expect(picker.update(at(150, 44, NORTH), 'gone', FRAME)).toBeNull();
  });

  it('stops when there is no own avatar', () => {
    const picker = instant();
    picker.update(at(151.5, 46.5, WEST), 'a', FRAME);
    expect(picker.update(null, null, FRAME)).toBeNull();
    expect(picker.current).toBeNull();
  });

  it('acts on a new choice only after it has held for the dwell time', () => {
    const picker = new VideoStandPicker(STANDS);
    const door = at(151.5, 46.5, WEST);
    let seconds = 0;
    while (picker.update(door, 'a', 0.1) === null) seconds += 0.1;
    expect(seconds).toBeCloseTo(VIDEO_PICK.dwellSeconds);
    // A one-frame blip away neither stops it nor restarts the wait.
    expect(picker.update(null, null, 0.1)).toBe('a');
    expect(picker.update(door, 'a', 0.1)).toBe('a');
    // Leaving for good stops it after the same dwell.
    const away = at(130, 40, WEST);
    let stopped = 0;
    while (picker.update(away, null, 0.1) === 'a') stopped += 0.1;
    expect(stopped).toBeCloseTo(VIDEO_PICK.dwellSeconds);
  });

  it('never picks anything in an empty hall', () => {
    const picker = new VideoStandPicker([], { ...VIDEO_PICK, dwellSeconds: 0 });
    expect(picker.update(at(10, 10, NORTH), null, FRAME)).toBeNull();
  });
});
