/**
 * Closing LiveKit rooms when a webinar or a forum event ends. The event has ended whatever
 * LiveKit says, so ending never waits for it; but an audience left in the room of an ended
 * event would go on watching, and their clients would bring it back after a LiveKit restart.
 * So a room LiveKit cannot close now (unreachable, restarting) is closed as soon as it answers
 * again: retried with growing pauses, for as long as a session could still be in the room.
 */
import type { FastifyBaseLogger } from 'fastify';

export type CloseOutcome = 'closed' | 'retrying';

export interface RoomCloser {
  /** Closes the room now, or keeps trying in the background; never throws. */
  close(room: string): Promise<CloseOutcome>;
  /** Drops every retry (the api is shutting down). */
  stop(): void;
}

export type CloserLog = Pick<FastifyBaseLogger, 'info' | 'warn' | 'error'>;

/** Pauses between attempts; the last one repeats. */
const RETRY_DELAYS_MS = [1_000, 2_000, 5_000, 10_000, 30_000];
/** Longer than a LiveKit outage we would wait out; tokens issued before the end expired long ago. */
const GIVE_UP_AFTER_MS = 60 * 60_000;

export function createRoomCloser(
  deleteRoom: (room: string) => Promise<void>,
  log: CloserLog,
): RoomCloser {
  const retrying = new Map<string, ReturnType<typeof setTimeout>>();
  let stopped = false;

  function cancel(room: string): void {
    clearTimeout(retrying.get(room));
    retrying.delete(room);
  }

  function retry(room: string, attempt: number, since: number): void {
    if (stopped) return;
    const delay = RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)];
    const timer = setTimeout(() => {
      deleteRoom(room).then(
        () => {
          retrying.delete(room);
          log.info({ room, attempts: attempt + 2 }, 'closed a room LiveKit could not close before');
        },
        (error: unknown) => {
          if (Date.now() - since < GIVE_UP_AFTER_MS) {
            retry(room, attempt + 1, since);
            return;
          }
          retrying.delete(room);
          log.error({ err: error, room }, 'gave up closing a LiveKit room');
        },
      );
    }, delay);
    // A pending close must not keep a finished process alive.
    timer.unref();
    retrying.set(room, timer);
  }

  return {
    async close(room) {
      cancel(room);
      try {
        await deleteRoom(room);
        return 'closed';
      } catch (error) {
        log.warn({ err: error, room }, 'LiveKit could not close the room now; retrying');
        retry(room, 0, Date.now());
        return 'retrying';
      }
    },
    stop() {
      stopped = true;
      for (const room of [...retrying.keys()]) cancel(room);
    },
  };
}
