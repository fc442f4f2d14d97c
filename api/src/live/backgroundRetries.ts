/**
 * LiveKit administration that must happen even when LiveKit cannot be reached at the moment:
 * closing the room of an event that has ended, taking a person who lost their role out of a
 * room. What was asked for (end, remove) is done in the database whatever LiveKit says, so it
 * never fails for LiveKit's sake; but a session left in the room would go on with its grants
 * (LiveKit renews a connected participant's token), and clients would bring a closed room back
 * after a LiveKit restart. So a job that fails now is run again with growing pauses, for as
 * long as a session could still be in the room. Invariant: at most one pending job per key.
 */
import type { FastifyBaseLogger } from 'fastify';

export interface RetrySchedule {
  /** Pauses between attempts; the last one repeats. */
  delaysMs: readonly number[];
  /** Counted from the first attempt; a job still failing then is given up. */
  giveUpAfterMs: number;
}

export const LIVEKIT_RETRY_SCHEDULE: RetrySchedule = {
  delaysMs: [1_000, 2_000, 5_000, 10_000, 30_000],
  // Longer than a LiveKit outage we would wait out; tokens issued before it expired long ago.
  giveUpAfterMs: 60 * 60_000,
};

export type RetryOutcome = 'done' | 'retrying';

export type RetryLog = Pick<FastifyBaseLogger, 'info' | 'warn' | 'error'>;

export interface BackgroundRetries {
  /**
   * Runs `task` now; if it fails, runs it again on the schedule until it succeeds or the
   * schedule gives up. A job under the same key replaces a pending one. Never throws.
   */
  run(key: string, task: () => Promise<void>): Promise<RetryOutcome>;
  /** Drops every pending job (the api is shutting down). */
  stop(): void;
}

interface Job {
  timer?: ReturnType<typeof setTimeout>;
}

/** What `task` failed with, or null when it succeeded. */
async function failureOf(task: () => Promise<void>): Promise<unknown> {
  try {
    await task();
    return null;
  } catch (error) {
    return error ?? new Error('failed without a reason');
  }
}

export function createBackgroundRetries(schedule: RetrySchedule, log: RetryLog): BackgroundRetries {
  const pending = new Map<string, Job>();
  let stopped = false;

  function drop(key: string): void {
    clearTimeout(pending.get(key)?.timer);
    pending.delete(key);
  }

  function retry(
    key: string,
    job: Job,
    task: () => Promise<void>,
    attempt: number,
    since: number,
  ): void {
    const delays = schedule.delaysMs;
    const delay = delays[Math.min(attempt, delays.length - 1)] ?? 0;
    job.timer = setTimeout(() => {
      void failureOf(task).then((error) => {
        // Replaced by a newer job under the same key, or stopped, while this attempt ran.
        if (pending.get(key) !== job) return;
        if (error === null) {
          pending.delete(key);
          log.info({ job: key, attempts: attempt + 2 }, 'did what LiveKit could not do before');
        } else if (Date.now() - since < schedule.giveUpAfterMs) {
          retry(key, job, task, attempt + 1, since);
        } else {
          pending.delete(key);
          log.error({ err: error, job: key }, 'gave up on a LiveKit job');
        }
      });
    }, delay);
    // A pending job must not keep a finished process alive.
    job.timer.unref();
  }

  return {
    async run(key, task) {
      drop(key);
      const since = Date.now();
      const error = await failureOf(task);
      if (error === null) return 'done';
      log.warn({ err: error, job: key }, 'LiveKit could not do it now; retrying');
      if (stopped) return 'retrying';
      // Another run under this key may have failed meanwhile: the latest one is kept.
      drop(key);
      const job: Job = {};
      pending.set(key, job);
      retry(key, job, task, 0, since);
      return 'retrying';
    },
    stop() {
      stopped = true;
      for (const key of [...pending.keys()]) drop(key);
    },
  };
}
