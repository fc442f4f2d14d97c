/**
 * Finishing an event's recording: the uploaded part is remuxed into a seekable WebM, stored as
 * the recording and announced to the event's viewers. Two callers, one finisher at a time
 * (`startFinishing` locks the row; whoever comes second finds it busy or ready):
 * - the producer's page, after its last chunk arrived (POST /recording/finish);
 * - the end of the event (`afterEnd`): once chunks have stopped arriving for a while, so that
 *   a producer's tab closed before the end, or a page that never got to finish, still leaves a
 *   recording. The wait leaves an open page the time to send its last chunk first, which a
 *   finished recording would refuse.
 * The wait runs in the api process that ended the event; if that process dies, the page's own
 * finish, or a later one, still works.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import {
  completeRecording,
  recordingRow,
  startFinishing,
  type FinishOutcome,
} from './recordingRepository.ts';
import { finishPart } from './recordingFiles.ts';

/** How long no chunk must have arrived, after the end, before the api finishes by itself. */
export const END_QUIET_MS = 10_000;
const POLL_MS = 1_000;

/** Finishes the recording unless there is none, or it is being finished or finished already. */
export async function finishRecording(
  app: FastifyInstance,
  eventId: string,
  log: FastifyBaseLogger,
): Promise<FinishOutcome['outcome']> {
  const started = await startFinishing(app.db, eventId);
  if (started.outcome !== 'started') return started.outcome;
  await app.forumBroadcasts.chat.publish(eventId, {
    event: { type: 'recording', status: 'processing' },
    forViewers: 'same',
  });
  const startedAt = performance.now();
  const { failure, ...file } = await finishPart(app.fileStore, app.ffmpeg, started.row.partName);
  if (failure) log.error({ err: failure }, 'remuxing a recording failed; kept as uploaded');
  await completeRecording(app.db, eventId, file);
  log.info(
    { eventId, bytes: file.sizeBytes, ms: Math.round(performance.now() - startedAt) },
    'recording finished',
  );
  await app.forumBroadcasts.chat.publish(eventId, {
    event: { type: 'recording', status: 'ready' },
    forViewers: 'same',
  });
  return 'started';
}

export interface EndFinisher {
  /** Finishes the recording of an event that ended at `endedAt` once its chunks stop. */
  afterEnd(eventId: string, endedAt: Date): void;
  /** Stops waiting and lets a finish under way complete; for the app's close. */
  close(): Promise<void>;
}

export function endFinisher(app: FastifyInstance, options: { quietMs?: number } = {}): EndFinisher {
  const quietMs = options.quietMs ?? END_QUIET_MS;
  const closing = new AbortController();
  const running = new Set<Promise<void>>();

  async function waitAndFinish(eventId: string, endedAt: Date): Promise<void> {
    const log = app.log.child({ eventId });
    while (!closing.signal.aborted) {
      const row = await recordingRow(app.db, eventId);
      // The page finished it, or is finishing it, itself.
      if (row && row.status !== 'recording') return;
      const lastSign = Math.max(endedAt.getTime(), row?.updatedAt.getTime() ?? 0);
      const quietFor = Date.now() - lastSign;
      if (quietFor >= quietMs) {
        if (row) await finishRecording(app, eventId, log);
        return;
      }
      await sleep(Math.min(POLL_MS, quietMs - quietFor), undefined, {
        signal: closing.signal,
      }).catch(() => {});
    }
  }

  return {
    afterEnd(eventId, endedAt) {
      const task = waitAndFinish(eventId, endedAt)
        .catch((error: unknown) =>
          app.log.error({ err: error, eventId }, 'finishing a recording after the end failed'),
        )
        .finally(() => running.delete(task));
      running.add(task);
    },
    async close() {
      closing.abort();
      await Promise.all(running);
    },
  };
}
