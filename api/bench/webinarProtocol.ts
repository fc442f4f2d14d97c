/**
 * Messages between the webinar benchmark (webinarBench.ts) and its participant processes
 * (webinarWorker.ts), over node:child_process IPC. Times are epoch milliseconds with
 * sub-millisecond resolution (`performance.timeOrigin + performance.now()`), comparable between
 * processes of one machine.
 */

export type WorkerRequest =
  | {
      op: 'join';
      identity: string;
      url: string;
      token: string;
      /** Publish the synthetic camera once connected (the host). */
      publish?: {
        width: number;
        height: number;
        fps: number;
        /** One solid colour on every frame, to recognise this camera in a composed program. */
        colour?: readonly [number, number, number];
      };
      /** Wait for the first decoded frame from this identity (a viewer waits for the host). */
      firstFrameFrom?: string;
      /** After that first frame, ask the server to stop sending the video (a hidden tile). */
      pauseAfterFirstFrame?: boolean;
      /**
       * Which simulcast layer to watch: `lowest` (the default) as a small tile, a hall screen or
       * a phone takes through adaptive stream; `highest` as a full-size player does.
       */
      layer?: 'lowest' | 'highest';
      /** Keep decoding after the first frame (to watch what the video shows later). */
      keepDecoding?: boolean;
      timeoutMs: number;
    }
  | { op: 'promote'; identity: string; timeoutMs: number }
  | { op: 'firstFrameFrom'; identity: string; from: string; timeoutMs: number }
  | {
      /** When `identity` first decodes a frame from `from` that shows `colour` (a tile of it). */
      op: 'colourFrom';
      identity: string;
      from: string;
      colour: readonly [number, number, number];
      timeoutMs: number;
    }
  | { op: 'stats' }
  | { op: 'leave' };

export interface JoinResult {
  /** When connect() was called. */
  connectStartAt: number;
  /** When connect() resolved. */
  connectedAt: number;
  /** When the video track of `firstFrameFrom` was subscribed (TrackSubscribed). */
  subscribedAt?: number;
  /** When the first frame from `firstFrameFrom` was decoded. */
  firstFrameAt?: number;
  /** Whether the subscribed video track is simulcast (so the lowest layer is a smaller one). */
  simulcast?: boolean;
  /** The width of that first frame: which layer the viewer got. */
  frameWidth?: number;
  /** Connected, but no first frame in time (why). */
  error?: string;
}

/** The answer to `colourFrom`: when the colour was first seen, in a frame of what width. */
export interface ColourSeen {
  at: number;
  frameWidth: number;
}

export interface PromoteResult {
  /** When the server's attribute stage=on reached the promoted participant. */
  stageOnAt: number;
  /** When publishTrack() resolved. */
  publishedAt: number;
}

export interface WorkerStats {
  /** Event-loop delay of the participant process (ms): how much the harness itself lags. */
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
  /** CPU time the process used (user + system, ms) since it started. */
  cpuMs: number;
  participants: number;
}

export type WorkerReply =
  { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };

export type Envelope = WorkerRequest & { id: number };

export function epochNow(): number {
  return performance.timeOrigin + performance.now();
}
