/**
 * An event's program recording as it arrives and after. Chunks are appended in order under a
 * lock on the recording's row, each written at the offset the row says the file has reached, so
 * a chunk retried after a failure overwrites its own partial write; a chunk already received
 * is ignored and one that skips ahead is refused. The recording's start, from which its
 * chapters and answered questions count, is set by its first chunk. Finishing moves the recording to processing
 * (one finisher at a time) and then to ready with its stored file.
 */
import type { Recording } from '@salon/shared';
import { eq } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import * as t from '../../db/schema/index.ts';
import { chaptersFor, studioRow } from '../studio/studioRepository.ts';

export type RecordingRow = typeof t.recordings.$inferSelect;

export type ChunkOutcome =
  | { outcome: 'appended' | 'duplicate'; row: RecordingRow }
  | { outcome: 'gap'; expected: number }
  | { outcome: 'finished' }
  | { outcome: 'tooLarge'; sizeBytes: number };

/** Writes `bytes` at `position` of the part file `partName`, dropping anything after them. */
export type WritePart = (partName: string, position: number, bytes: Buffer) => Promise<void>;

/**
 * Appends a chunk. The first creates the recording, which started at `startedAt` (time 0 of
 * its chapters).
 */
export async function appendChunk(
  db: Database,
  eventId: string,
  chunk: { seq: number; bytes: Buffer; startedAt: Date },
  options: { maxBytes: number; write: WritePart; newPartName: () => string },
): Promise<ChunkOutcome> {
  return db.transaction(async (tx) => {
    if (chunk.seq === 0) {
      await tx
        .insert(t.recordings)
        .values({ eventId, partName: options.newPartName(), startedAt: chunk.startedAt })
        .onConflictDoNothing();
    }
    const [row] = await tx
      .select()
      .from(t.recordings)
      .where(eq(t.recordings.eventId, eventId))
      .for('update');
    if (!row) return { outcome: 'gap', expected: 0 };
    if (row.status !== 'recording') return { outcome: 'finished' };
    if (chunk.seq < row.nextSeq) return { outcome: 'duplicate', row };
    if (chunk.seq > row.nextSeq) return { outcome: 'gap', expected: row.nextSeq };
    if (row.sizeBytes + chunk.bytes.length > options.maxBytes)
      return { outcome: 'tooLarge', sizeBytes: row.sizeBytes };
    await options.write(row.partName, row.sizeBytes, chunk.bytes);
    const [updated] = await tx
      .update(t.recordings)
      .set({
        nextSeq: row.nextSeq + 1,
        sizeBytes: row.sizeBytes + chunk.bytes.length,
        updatedAt: new Date(),
      })
      .where(eq(t.recordings.eventId, eventId))
      .returning();
    if (!updated) throw new Error(`The recording of ${eventId} disappeared`);
    return { outcome: 'appended', row: updated };
  });
}

export async function recordingRow(
  db: Database,
  eventId: string,
): Promise<RecordingRow | undefined> {
  const [row] = await db.select().from(t.recordings).where(eq(t.recordings.eventId, eventId));
  return row;
}

/** A finisher that has not finished in this long died; another may take over. */
const STALE_PROCESSING_MS = 5 * 60_000;

export type FinishOutcome =
  | { outcome: 'none' }
  | { outcome: 'ready' }
  | { outcome: 'busy' }
  | { outcome: 'started'; row: RecordingRow };

export async function startFinishing(db: Database, eventId: string): Promise<FinishOutcome> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(t.recordings)
      .where(eq(t.recordings.eventId, eventId))
      .for('update');
    if (!row) return { outcome: 'none' };
    if (row.status === 'ready') return { outcome: 'ready' };
    const stale = Date.now() - row.updatedAt.getTime() > STALE_PROCESSING_MS;
    if (row.status === 'processing' && !stale) return { outcome: 'busy' };
    const [started] = await tx
      .update(t.recordings)
      .set({ status: 'processing', updatedAt: new Date() })
      .where(eq(t.recordings.eventId, eventId))
      .returning();
    return started ? { outcome: 'started', row: started } : { outcome: 'none' };
  });
}

export async function completeRecording(
  db: Database,
  eventId: string,
  result: {
    storageKey: string;
    sizeBytes: number;
    durationSeconds: number | null;
    remuxed: boolean;
    notice: string | null;
  },
): Promise<void> {
  await db.transaction(async (tx) => {
    const [file] = await tx
      .insert(t.storedFiles)
      .values({
        purpose: 'recording',
        contentType: 'video/webm',
        sizeBytes: result.sizeBytes,
        storageKey: result.storageKey,
        originalName: `${eventId}.webm`,
      })
      .returning({ id: t.storedFiles.id });
    if (!file) throw new Error('The database did not return the stored recording');
    await tx
      .update(t.recordings)
      .set({
        status: 'ready',
        fileId: file.id,
        sizeBytes: result.sizeBytes,
        durationSeconds: result.durationSeconds,
        remuxed: result.remuxed,
        notice: result.notice,
        updatedAt: new Date(),
      })
      .where(eq(t.recordings.eventId, eventId));
  });
}

/** Time 0 of the event's recording: when it started, or else when the event went live. */
export async function recordingStart(db: Database, eventId: string): Promise<Date | null> {
  return (await recordingRow(db, eventId))?.startedAt ?? (await studioRow(db, eventId)).liveAt;
}

export async function getRecording(db: Database, eventId: string): Promise<Recording> {
  const row = await recordingRow(db, eventId);
  const chapters = await chaptersFor(db, await studioRow(db, eventId), row?.startedAt ?? null);
  if (!row) {
    return {
      eventId,
      status: 'none',
      url: null,
      durationSeconds: null,
      sizeBytes: 0,
      chapters,
      remuxed: false,
      notice: null,
    };
  }
  return {
    eventId,
    status: row.status,
    url: row.status === 'ready' && row.fileId ? `/api/files/${row.fileId}` : null,
    durationSeconds: row.durationSeconds,
    sizeBytes: row.sizeBytes,
    chapters,
    remuxed: row.remuxed,
    notice: row.notice,
  };
}
