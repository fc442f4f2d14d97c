import { describe, expect, it } from 'vitest';
import type { LiveState } from '../live/joinWebinar.ts';
import { chooseScreenSource } from './screenSource.ts';

const live = (state: LiveState, hasHostVideo: boolean) => ({ state, hasHostVideo });

describe('chooseScreenSource', () => {
  it('shows the presentation when the hall holds no live session', () => {
    expect(chooseScreenSource(null)).toBe('presentation');
  });

  it('shows the host’s video over the presentation once in the room', () => {
    expect(chooseScreenSource(live('connected', true))).toBe('live');
  });

  it('shows the off-camera card while the host has no video', () => {
    expect(chooseScreenSource(live('connected', false))).toBe('offCamera');
  });

  it('goes back to the presentation when the webinar ends', () => {
    expect(chooseScreenSource(live('disconnected', false))).toBe('presentation');
    // The last track may linger for a moment after the end: the end wins.
    expect(chooseScreenSource(live('disconnected', true))).toBe('presentation');
  });

  it('keeps the presentation while the session is still joining', () => {
    expect(chooseScreenSource(live('connecting', false))).toBe('presentation');
    expect(chooseScreenSource(live('connecting', true))).toBe('presentation');
  });

  it('stays live through a reconnection that LiveKit bridges', () => {
    expect(chooseScreenSource(live('reconnecting', true))).toBe('live');
  });

  it('plays the presentation while the connection is lost, not the off-camera card', () => {
    expect(chooseScreenSource(live('reconnecting', false))).toBe('presentation');
  });
});
