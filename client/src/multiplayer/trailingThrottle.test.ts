import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TrailingThrottle } from './trailingThrottle.ts';

describe('TrailingThrottle', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sends the first value at once', () => {
    const sent: number[] = [];
    new TrailingThrottle<number>(500, (value) => sent.push(value)).push(1, 0);
    expect(sent).toEqual([1]);
  });

  it('sends only the last of a burst, once the interval has passed', () => {
    const sent: number[] = [];
    const throttle = new TrailingThrottle<number>(500, (value) => sent.push(value));
    throttle.push(1, 0);
    throttle.push(2, 100);
    throttle.push(3, 200);
    expect(sent).toEqual([1]);
    vi.advanceTimersByTime(500);
    expect(sent).toEqual([1, 3]);
  });

  it('sends nothing more after being cancelled', () => {
    const sent: number[] = [];
    const throttle = new TrailingThrottle<number>(500, (value) => sent.push(value));
    throttle.push(1, 0);
    throttle.push(2, 100);
    throttle.cancel();
    vi.advanceTimersByTime(1000);
    expect(sent).toEqual([1]);
  });
});
