// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { PagePlayerYield } from './pagePlayerYield.ts';

/** A page player; jsdom does not play media, so its state and events are set by hand. */
function pagePlayer(): HTMLVideoElement {
  const player = document.createElement('video');
  document.body.append(player);
  return player;
}

function setPlaying(player: HTMLMediaElement, playing: boolean): void {
  Object.defineProperty(player, 'paused', { value: !playing, configurable: true });
  player.dispatchEvent(new Event(playing ? 'play' : 'pause'));
}

function watch() {
  const own = document.createElement('video');
  const seen: string[] = [];
  const watcher = new PagePlayerYield(
    own,
    () => seen.push('started'),
    () => seen.push('stopped'),
  );
  return { own, seen, watcher };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('PagePlayerYield', () => {
  it('yields while another page player plays, and ends when that one pauses', () => {
    const { seen, watcher } = watch();
    const other = pagePlayer();
    expect(watcher.yielding).toBe(false);
    setPlaying(other, true);
    expect(watcher.yielding).toBe(true);
    expect(seen).toEqual(['started']);
    setPlaying(other, false);
    expect(watcher.yielding).toBe(false);
    expect(seen).toEqual(['started', 'stopped']);
    watcher.dispose();
  });

  it('ignores its own element, and stops listening once disposed', () => {
    const { own, seen, watcher } = watch();
    document.body.append(own);
    setPlaying(own, true);
    expect(watcher.yielding).toBe(false);
    watcher.dispose();
    setPlaying(pagePlayer(), true);
    expect(seen).toEqual([]);
  });

  it('follows the latest player: an earlier one pausing does not end the yield', () => {
    const { seen, watcher } = watch();
    const first = pagePlayer();
    const second = pagePlayer();
    setPlaying(first, true);
    setPlaying(second, true);
    setPlaying(first, false);
    expect(watcher.yielding).toBe(true);
    setPlaying(second, false);
    expect(watcher.yielding).toBe(false);
    expect(seen).toEqual(['started', 'started', 'stopped']);
    watcher.dispose();
  });
});
