/**
 * The recording of an event's program: uploaded by the producer's browser in numbered chunks
 * while live, finished into one seekable WebM, played with chapters at each speaker's on-air
 * time.
 */
import { z } from 'zod';
import { IdSchema } from '../fair/ids.ts';
import { PersonRefSchema } from './forum.ts';

export const RECORDING_STATUSES = ['none', 'recording', 'processing', 'ready'] as const;
export const RecordingStatusSchema = z.enum(RECORDING_STATUSES);
export type RecordingStatus = z.infer<typeof RecordingStatusSchema>;

export const ChapterSchema = z.object({ speaker: PersonRefSchema, atSeconds: z.number().min(0) });
export type Chapter = z.infer<typeof ChapterSchema>;

export const RecordingSchema = z.object({
  eventId: IdSchema,
  status: RecordingStatusSchema,
  /** Where the WebM is served once ready. */
  url: z.string().nullable(),
  durationSeconds: z.number().min(0).nullable(),
  sizeBytes: z.number().int().min(0),
  chapters: z.array(ChapterSchema),
  /**
   * False when the recording could not be made seekable and is served as it was uploaded: it
   * plays from the start, but seeking to a chapter may not work. `notice` says so.
   */
  remuxed: z.boolean(),
  notice: z.string().nullable(),
});
export type Recording = z.infer<typeof RecordingSchema>;

export const RecordingChunkQuerySchema = z.object({
  /** Chunks are numbered from 0 in the order MediaRecorder produced them. */
  seq: z.coerce.number().int().min(0).max(1_000_000),
  /**
   * With the first chunk: how long the recorder had been running when the chunk was sent, in
   * ms. The recording's time 0, from which its chapters count, is that long before the api
   * received it (no clock of the browser's is trusted). Without it, time 0 is going live.
   */
  sinceStartMs: z.coerce.number().int().min(0).max(86_400_000).optional(),
});
export const RecordingChunkReceiptSchema = z.object({
  /** The chunk the server expects next. */
  nextSeq: z.number().int().min(0),
  /** Bytes received so far. */
  sizeBytes: z.number().int().min(0),
  /** True when this chunk had already arrived and was ignored. */
  duplicate: z.boolean(),
});
export type RecordingChunkReceipt = z.infer<typeof RecordingChunkReceiptSchema>;
