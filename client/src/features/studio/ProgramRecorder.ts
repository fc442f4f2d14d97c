/**
 * Records the program in the producer's browser while the event is live (MediaRecorder, WebM,
 * a chunk every 2 s) and uploads it as it goes, in order, retrying (ChunkUploader). Stopping
 * waits for the last chunk to arrive, then asks the api to finish the recording, which makes
 * it seekable and publishes it with its chapters. The first chunk tells the api how long ago the
 * recorder started (a duration, so that the browser's clock need not agree with the api's): the
 * video's time 0, from which chapters and answered questions count.
 *
 * The first chunk holds the whole WebM header: Chromium ends a slice between any two writes of
 * its muxer, so when the first frame comes after the first slice (a loaded machine, a slow
 * encoder start) the first blob is a byte or two of the header, which the api refuses (it knows
 * a recording by its first chunk's bytes). Blobs are held back until there are enough bytes.
 */
import type { Recording } from '@salon/shared';
import { ChunkUploader, type UploadStatus } from './chunkUploader.ts';
import { finishRecording, sendRecordingChunk } from './studioApi.ts';

const TIMESLICE_MS = 2000;
/** More than the WebM header (EBML, segment info, tracks: a few hundred bytes). */
export const FIRST_CHUNK_MIN_BYTES = 1024;
const TYPES = ['video/webm;codecs=vp8,opus', 'video/webm;codecs=vp9,opus', 'video/webm'];

export type RecorderPhase = 'recording' | 'finishing' | 'ready' | 'failed';

export interface RecorderStatus {
  phase: RecorderPhase;
  upload: UploadStatus;
  recording: Recording | null;
  error: string | null;
}

/** The api calls the recorder makes; tests give their own. */
export interface RecordingApi {
  sendChunk: typeof sendRecordingChunk;
  finish: typeof finishRecording;
}

const API: RecordingApi = { sendChunk: sendRecordingChunk, finish: finishRecording };

export class ProgramRecorder {
  private readonly recorder: MediaRecorder;
  private readonly uploader: ChunkUploader;
  /** MediaRecorder stops by itself when its tracks end: listen from the start. */
  private readonly stopped: Promise<void>;
  /** performance.now() when the recorder started: time 0 of the video. */
  private startedAt: number | null = null;
  /** The first blobs, until they hold the WebM header; null once the first chunk went. */
  private held: Blob[] | null = [];
  status: RecorderStatus;
  onChange: () => void = () => {};

  private readonly eventId: string;
  private readonly api: RecordingApi;

  constructor(eventId: string, program: MediaStream, api: RecordingApi = API) {
    this.eventId = eventId;
    this.api = api;
    const mimeType = TYPES.find((type) => MediaRecorder.isTypeSupported(type)) ?? '';
    this.recorder = new MediaRecorder(program, {
      mimeType,
      videoBitsPerSecond: 2_500_000,
      audioBitsPerSecond: 128_000,
    });
    this.uploader = new ChunkUploader(
      (seq, chunk) => api.sendChunk(eventId, seq, chunk, this.sinceStartMs(seq)),
      { onChange: (upload) => this.set({ upload }) },
    );
    this.status = {
      phase: 'recording',
      upload: { ...this.uploader.status },
      recording: null,
      error: null,
    };
    this.stopped = new Promise((resolve) =>
      this.recorder.addEventListener('stop', () => resolve(), { once: true }),
    );
    this.recorder.addEventListener('dataavailable', (event) => this.take(event.data));
    this.recorder.addEventListener('error', () =>
      this.set({ phase: 'failed', error: 'MediaRecorder' }),
    );
  }

  start(): void {
    this.recorder.start(TIMESLICE_MS);
    this.startedAt = performance.now();
  }

  /** Stops, uploads what is left and finishes the recording on the api. */
  async finish(): Promise<void> {
    if (this.status.phase !== 'recording') return;
    this.set({ phase: 'finishing' });
    if (this.recorder.state !== 'inactive') this.recorder.stop();
    await this.stopped;
    this.release();
    await this.uploader.flush();
    const refused = this.uploader.status.stopped;
    if (refused && refused.problem !== 'recording-finished') {
      this.set({ phase: 'failed', error: refused.message });
      return;
    }
    try {
      const recording = await this.api.finish(this.eventId);
      this.set({ phase: recording.status === 'ready' ? 'ready' : 'finishing', recording });
    } catch (error) {
      this.set({ phase: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
  }

  private take(blob: Blob): void {
    if (!this.held) {
      this.uploader.push(blob);
      return;
    }
    this.held.push(blob);
    const bytes = this.held.reduce((sum, each) => sum + each.size, 0);
    if (bytes >= FIRST_CHUNK_MIN_BYTES) this.release();
  }

  /** Sends what is held back as the first chunk (at the end, however small it is). */
  private release(): void {
    const held = this.held;
    if (!held) return;
    this.held = null;
    if (held.length > 0) this.uploader.push(new Blob(held, { type: held[0]?.type ?? '' }));
  }

  /** For the first chunk, how long the recorder has been running; none for the others. */
  private sinceStartMs(seq: number): number | undefined {
    if (seq !== 0 || this.startedAt === null) return undefined;
    return Math.max(0, Math.round(performance.now() - this.startedAt));
  }

  private set(change: Partial<RecorderStatus>): void {
    this.status = { ...this.status, ...change };
    this.onChange();
  }
}
