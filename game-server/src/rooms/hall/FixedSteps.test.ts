import { describe, expect, it } from 'vitest';
import { FixedSteps } from './FixedSteps.ts';

function run(frames: number[]): number[] {
  const steps = new FixedSteps(50);
  return frames.map((frame) => steps.take(frame));
}

describe('FixedSteps', () => {
  it('runs one step per on-time frame', () => {
    expect(run([50, 50, 50])).toEqual([1, 1, 1]);
  });

  it('still steps on a slightly early frame, and keeps the average rate', () => {
    const frames = [48, 49, 47, 52, 53, 51, 50, 45, 55, 50];
    const steps = run(frames);
    expect(steps.every((count) => count === 1)).toBe(true);
    expect(steps.reduce((sum, count) => sum + count, 0)).toBe(frames.length);
  });

  it('catches up after a late frame, so walking keeps real-time speed', () => {
    expect(run([50, 150, 50])).toEqual([1, 3, 1]);
  });

  it('drops the backlog of a long stall instead of jumping', () => {
    expect(run([2000, 50])).toEqual([4, 1]);
  });

  it('waits for a step when frames come much too fast', () => {
    expect(run([20, 20, 20])).toEqual([0, 1, 0]);
  });
});
