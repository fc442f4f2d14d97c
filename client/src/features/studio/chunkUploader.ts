/**
 * Uploads the recording's chunks one at a time, in the order MediaRecorder made them, each
 * numbered for the api (`seq`). A chunk that fails is sent again, with the same number, after
 * a growing delay, and nothing after it goes first. The api's receipt says which number it
 * expects next, and that is what the next chunk gets:
 * - a chunk sent again after its answer was lost comes back as a duplicate: it had arrived;
 * - the studio reopened while live finds earlier chunks there (a duplicate of 0 expecting far
 *   more, or a refusal naming the expected number): the new chunks continue after them.
 * The api's "finished" refusal, and other refusals (4xx other than the order), stop it.
 */
import { ApiError } from '../../api/apiClient.ts';

export interface ChunkReceipt {
  nextSeq: number;
  sizeBytes: number;
  duplicate: boolean;
}

export type SendChunk = (seq: number, chunk: Blob) => Promise<ChunkReceipt>;

export interface UploadStatus {
  /** Chunks waiting, including the one being sent. */
  queued: number;
  /** Chunks the api holds from this studio. */
  sent: number;
  /** Bytes the api holds for this recording. */
  sizeBytes: number;
  /** Failed attempts in a row of the chunk at the head. */
  failures: number;
  /** Set once it has stopped for good. */
  stopped: ApiError | null;
}

interface Options {
  retryDelay?: (attempt: number) => number;
  wait?: (ms: number) => Promise<void>;
  onChange?: (status: UploadStatus) => void;
}

const defaultDelay = (attempt: number) => Math.min(15_000, 500 * 2 ** attempt);
const defaultWait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** "Expected chunk 7; send …" → 7. */
export function expectedSeqOf(error: ApiError): number | null {
  const match = /chunk (\d+)/i.exec(error.message);
  return match?.[1] === undefined ? null : Number(match[1]);
}

export class ChunkUploader {
  private readonly queue: Blob[] = [];
  private nextSeq = 0;
  private running: Promise<void> | null = null;
  private readonly options: Required<Options>;
  readonly status: UploadStatus = {
    queued: 0,
    sent: 0,
    sizeBytes: 0,
    failures: 0,
    stopped: null,
  };

  private readonly send: SendChunk;

  constructor(send: SendChunk, options: Options = {}) {
    this.send = send;
    this.options = {
      retryDelay: options.retryDelay ?? defaultDelay,
      wait: options.wait ?? defaultWait,
      onChange: options.onChange ?? (() => {}),
    };
  }

  push(chunk: Blob): void {
    if (this.status.stopped || chunk.size === 0) return;
    this.queue.push(chunk);
    this.changed();
    this.running ??= this.drain().finally(() => {
      this.running = null;
    });
  }

  /** Resolves once every chunk pushed so far has arrived (or the uploader stopped). */
  async flush(): Promise<void> {
    while (this.running) await this.running;
  }

  private changed(): void {
    this.status.queued = this.queue.length;
    this.options.onChange({ ...this.status });
  }

  private async drain(): Promise<void> {
    for (let chunk = this.queue[0]; chunk && !this.status.stopped; chunk = this.queue[0]) {
      const seq = this.nextSeq;
      try {
        const receipt = await this.send(seq, chunk);
        this.status.failures = 0;
        this.status.sizeBytes = receipt.sizeBytes;
        if (receipt.duplicate && receipt.nextSeq > seq + 1 && this.status.sent === 0) {
          // Earlier chunks of this recording are there: continue after them with this one.
          this.nextSeq = receipt.nextSeq;
          continue;
        }
        this.nextSeq = Math.max(seq + 1, receipt.nextSeq);
        this.queue.shift();
        this.status.sent += 1;
      } catch (error) {
        const expected =
          error instanceof ApiError && error.problem === 'chunk-out-of-order'
            ? expectedSeqOf(error)
            : null;
        if (expected !== null && expected !== seq) {
          this.nextSeq = expected;
          continue;
        }
        if (
          error instanceof ApiError &&
          error.status >= 400 &&
          error.status < 500 &&
          error.status !== 408 &&
          error.status !== 429
        ) {
          this.status.stopped = error;
          this.changed();
          return;
        }
        this.status.failures += 1;
        this.changed();
        await this.options.wait(this.options.retryDelay(this.status.failures - 1));
      }
      this.changed();
    }
  }
}
