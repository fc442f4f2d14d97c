/**
 * Background retries on their own, on fake time: when a failing job runs again, when it stops
 * (done, given up, replaced, stopped), and that a caller never sees it throw.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackgroundRetries, type RetryLog, type RetrySchedule } from './backgroundRetries.ts';

const SCHEDULE: RetrySchedule = { delaysMs: [100, 200, 500], giveUpAfterMs: 2_000 };

function quietLog() {
  return { info: vi.fn(), warn: vi.fn(), error: vi.fn() } satisfies RetryLog;
}

/** A job that fails while `down` and counts its runs, with when each happened. */
function flakyJob(down = true) {
  const job = {
    down,
    runsAt: [] as number[],
    task: async () => {
      job.runsAt.push(Date.now());
      if (job.down) throw new Error('connect ECONNREFUSED');
    },
  };
  return job;
}

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('createBackgroundRetries', () => {
  it('answers done for a job that succeeds at once, and never runs it again', async () => {
    const retries = createBackgroundRetries(SCHEDULE, quietLog());
    const job = flakyJob(false);
    expect(await retries.run('close a', job.task)).toBe('done');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(job.runsAt).toEqual([0]);
  });

  it('runs a failing job again after each pause, the last one repeating, until done', async () => {
    const log = quietLog();
    const retries = createBackgroundRetries(SCHEDULE, log);
    const job = flakyJob();
    expect(await retries.run('close a', job.task)).toBe('retrying');
    await vi.advanceTimersByTimeAsync(1_300);
    expect(job.runsAt).toEqual([0, 100, 300, 800, 1_300]);
    job.down = false;
    await vi.advanceTimersByTimeAsync(500);
    expect(job.runsAt).toEqual([0, 100, 300, 800, 1_300, 1_800]);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(job.runsAt).toHaveLength(6);
    expect(log.info).toHaveBeenCalledWith({ job: 'close a', attempts: 6 }, expect.any(String));
    expect(log.error).not.toHaveBeenCalled();
  });

  it('gives up once the schedule is over, and says so in the log', async () => {
    const log = quietLog();
    const retries = createBackgroundRetries(SCHEDULE, log);
    const job = flakyJob();
    await retries.run('close a', job.task);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(job.runsAt).toEqual([0, 100, 300, 800, 1_300, 1_800, 2_300]);
    expect(log.error).toHaveBeenCalledOnce();
  });

  it('replaces a pending job with a newer one under the same key', async () => {
    const retries = createBackgroundRetries(SCHEDULE, quietLog());
    const older = flakyJob();
    const newer = flakyJob();
    await retries.run('remove u from a', older.task);
    await vi.advanceTimersByTimeAsync(50);
    await retries.run('remove u from a', newer.task);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(older.runsAt).toEqual([0]);
    expect(newer.runsAt).toEqual([50, 150, 350, 850]);
  });

  it('keeps jobs under different keys apart', async () => {
    const retries = createBackgroundRetries(SCHEDULE, quietLog());
    const close = flakyJob();
    const remove = flakyJob();
    await retries.run('close a', close.task);
    await retries.run('remove u from a', remove.task);
    remove.down = false;
    await vi.advanceTimersByTimeAsync(300);
    expect(close.runsAt).toEqual([0, 100, 300]);
    expect(remove.runsAt).toEqual([0, 100]);
  });

  it('drops every pending job on stop, including one whose attempt is under way', async () => {
    const retries = createBackgroundRetries(SCHEDULE, quietLog());
    const slow = flakyJob();
    const slowTask = async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      await slow.task();
    };
    const fast = flakyJob();
    await Promise.all([
      (async () => {
        const first = retries.run('close a', slowTask);
        await vi.advanceTimersByTimeAsync(50);
        return first;
      })(),
      retries.run('close b', fast.task),
    ]);
    // The slow job's retry starts at 150 and finishes at 200; stop comes in between.
    await vi.advanceTimersByTimeAsync(120);
    retries.stop();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(slow.runsAt).toEqual([50, 200]);
    expect(fast.runsAt).toEqual([0, 100]);
  });

  it('never throws, whatever the job throws and even synchronously', async () => {
    const retries = createBackgroundRetries(SCHEDULE, quietLog());
    const throwing = (): Promise<void> => {
      throw new Error('not even a promise');
    };
    await expect(retries.run('close a', throwing)).resolves.toBe('retrying');
    await expect(retries.run('close b', () => Promise.reject(new Error('rejected')))).resolves.toBe(
      'retrying',
    );
    await vi.advanceTimersByTimeAsync(10_000);
    retries.stop();
  });
});
