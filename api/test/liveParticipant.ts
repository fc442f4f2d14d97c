/**
 * A real WebRTC participant for tests and the webinar benchmark, on @livekit/rtc-node: it joins
 * a LiveKit room with a token from the api, can publish a synthetic camera (moving colour bars,
 * or one solid colour to recognise it by), or a "program" track fed frame by frame (a forum
 * producer's compositor), and counts the video frames it decodes from each remote participant,
 * keeping the latest one and, if asked, the colour at its centre.
 */
import {
  LocalVideoTrack,
  Room,
  RoomEvent,
  TrackKind,
  TrackPublishOptions,
  TrackSource,
  VideoBufferType,
  VideoFrame,
  VideoSource,
  VideoStream,
  type LocalTrackPublication,
  type RemoteParticipant,
  type RemoteTrack,
} from '@livekit/rtc-node';
import { stopForwardingNativeLogs } from './nativeLogs.ts';

export type Rgb = readonly [red: number, green: number, blue: number];

/** A frame of one colour, as RGBA. */
export function solidFrame(colour: Rgb, width: number, height: number): VideoFrame {
  const pixels = new Uint8Array(width * height * 4);
  for (let index = 0; index < pixels.length; index += 4) {
    pixels[index] = colour[0];
    pixels[index + 1] = colour[1];
    pixels[index + 2] = colour[2];
    pixels[index + 3] = 255;
  }
  return new VideoFrame(pixels, width, height, VideoBufferType.RGBA);
}

/** Whether a decoded colour is close to `expected` (video coding shifts colours a little). */
export function looksLike(colour: Rgb | undefined, expected: Rgb, tolerance = 40): boolean {
  return (
    colour !== undefined &&
    colour.every((value, index) => Math.abs(value - (expected[index] ?? 0)) <= tolerance)
  );
}

/** Whether any point of a 16×9 grid over the frame looks like `expected` (a tile of that colour). */
export function showsColour(frame: VideoFrame, expected: Rgb, tolerance = 40): boolean {
  const rgba = frame.convert(VideoBufferType.RGBA);
  for (let row = 0; row < 9; row += 1) {
    for (let column = 0; column < 16; column += 1) {
      const x = Math.floor(((column + 0.5) / 16) * rgba.width);
      const y = Math.floor(((row + 0.5) / 9) * rgba.height);
      const at = (y * rgba.width + x) * 4;
      const colour: Rgb = [rgba.data[at] ?? 0, rgba.data[at + 1] ?? 0, rgba.data[at + 2] ?? 0];
      if (looksLike(colour, expected, tolerance)) return true;
    }
  }
  return false;
}

type FrameWatcher = { test: (frame: VideoFrame) => boolean; found: (at: number) => void };

export class LiveParticipant {
  readonly room = new Room();
  /** Frames decoded so far, by the identity of who sent them. */
  readonly framesFrom = new Map<string, number>();
  /** When the first frame from each identity was decoded (ms, performance.now). */
  readonly firstFrameAt = new Map<string, number>();
  /** The latest frame decoded from each identity. */
  readonly latestFrameFrom = new Map<string, VideoFrame>();
  /** The centre colours of the latest frames from each identity, newest last (`sampleColours`). */
  readonly coloursFrom = new Map<string, Rgb[]>();
  #timers: Array<ReturnType<typeof setInterval>> = [];
  readonly #watchers = new Map<string, Set<FrameWatcher>>();
  readonly #keepDecoding: boolean;
  readonly #sampleColours: boolean;

  /**
   * `keepDecoding: false` stops decoding a remote video after its first frame: a benchmark's
   * many participants share one process, where a real audience has a machine each.
   * `sampleColours` reads the colour at the centre of every decoded frame.
   */
  constructor(options: { keepDecoding?: boolean; sampleColours?: boolean } = {}) {
    stopForwardingNativeLogs();
    this.#keepDecoding = options.keepDecoding ?? true;
    this.#sampleColours = options.sampleColours ?? false;
    this.room.on(
      RoomEvent.TrackSubscribed,
      (track: RemoteTrack, _publication, participant: RemoteParticipant) => {
        if (track.kind === TrackKind.KIND_VIDEO) void this.#count(track, participant.identity);
      },
    );
  }

  async join(url: string, token: string): Promise<void> {
    await this.room.connect(url, token, { autoSubscribe: true, dynacast: false });
  }

  /** A synthetic camera: moving colour bars, or `colour` on every frame. */
  async publishCamera(
    width = 320,
    height = 180,
    fps = 15,
    colour: Rgb | null = null,
  ): Promise<LocalTrackPublication> {
    const pixels = new Uint8Array(width * height * 4);
    let frame = 0;
    const solid = colour ? solidFrame(colour, width, height) : null;
    return this.#publishVideo('camera', width, height, fps, () => {
      if (solid) return solid;
      frame += 1;
      for (let index = 0; index < pixels.length; index += 4) {
        const column = (index / 4) % width;
        pixels[index] = (column + frame * 4) % 256;
        pixels[index + 1] = (column * 2) % 256;
        pixels[index + 2] = (frame * 8) % 256;
        pixels[index + 3] = 255;
      }
      return new VideoFrame(pixels, width, height, VideoBufferType.RGBA);
    });
  }

  /** Publishes a video track named "program" whose every frame `nextFrame` composes. */
  async publishProgram(
    nextFrame: () => VideoFrame,
    width = 320,
    height = 180,
    fps = 15,
  ): Promise<LocalTrackPublication> {
    return this.#publishVideo('program', width, height, fps, nextFrame);
  }

  async #publishVideo(
    name: string,
    width: number,
    height: number,
    fps: number,
    nextFrame: () => VideoFrame,
  ): Promise<LocalTrackPublication> {
    const source = new VideoSource(width, height);
    const track = LocalVideoTrack.createVideoTrack(name, source);
    const participant = this.room.localParticipant;
    if (!participant) throw new Error('Join the room before publishing');
    const publication = await participant.publishTrack(
      track,
      new TrackPublishOptions({ source: TrackSource.SOURCE_CAMERA }),
    );
    this.#timers.push(setInterval(() => source.captureFrame(nextFrame()), 1000 / fps));
    return publication;
  }

  /** Resolves once `predicate` holds, polling; rejects after `timeoutMs`. */
  async until(predicate: () => boolean, timeoutMs = 10_000, what = 'condition'): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate()) {
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  /** Resolves when the server sets this attribute on our own participant (with any permission change made in the same update). */
  async ownAttribute(key: string, value: string, timeoutMs = 10_000): Promise<void> {
    await this.until(
      () => this.room.localParticipant?.attributes[key] === value,
      timeoutMs,
      `attribute ${key}=${value}`,
    );
  }

  /**
   * When (performance.now) the first frame from `identity` decoded from now on passes `test`;
   * the participant must keep decoding.
   */
  nextFrameThat(identity: string, test: (frame: VideoFrame) => boolean): Promise<number> {
    return new Promise((found) => {
      const watchers = this.#watchers.get(identity) ?? new Set();
      const watcher: FrameWatcher = {
        test,
        found: (at) => {
          watchers.delete(watcher);
          found(at);
        },
      };
      watchers.add(watcher);
      this.#watchers.set(identity, watchers);
    });
  }

  async leave(): Promise<void> {
    for (const timer of this.#timers) clearInterval(timer);
    this.#timers = [];
    await this.room.disconnect();
  }

  #sample(identity: string, frame: VideoFrame): void {
    const rgba = frame.convert(VideoBufferType.RGBA);
    const centre = (Math.floor(rgba.height / 2) * rgba.width + Math.floor(rgba.width / 2)) * 4;
    const colours = this.coloursFrom.get(identity) ?? [];
    colours.push([rgba.data[centre] ?? 0, rgba.data[centre + 1] ?? 0, rgba.data[centre + 2] ?? 0]);
    if (colours.length > 30) colours.shift();
    this.coloursFrom.set(identity, colours);
  }

  async #count(track: RemoteTrack, identity: string): Promise<void> {
    for await (const event of new VideoStream(track)) {
      if (event.frame.width === 0) continue;
      const count = (this.framesFrom.get(identity) ?? 0) + 1;
      this.framesFrom.set(identity, count);
      if (count === 1) this.firstFrameAt.set(identity, performance.now());
      this.latestFrameFrom.set(identity, event.frame);
      if (this.#sampleColours) this.#sample(identity, event.frame);
      for (const watcher of this.#watchers.get(identity) ?? []) {
        if (watcher.test(event.frame)) watcher.found(performance.now());
      }
      if (!this.#keepDecoding) return;
    }
  }
}
