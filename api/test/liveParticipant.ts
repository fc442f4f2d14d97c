/**
 * A real WebRTC participant for tests and the webinar benchmark, on @livekit/rtc-node: it joins
 * a LiveKit room with a token from the api, can publish a synthetic camera (moving colour bars
 * as RGBA frames), and counts the video frames it decodes from each remote participant.
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

export class LiveParticipant {
  readonly room = new Room();
  /** Frames decoded so far, by the identity of who sent them. */
  readonly framesFrom = new Map<string, number>();
  /** When the first frame from each identity was decoded (ms, performance.now). */
  readonly firstFrameAt = new Map<string, number>();
  #cameraTimer: ReturnType<typeof setInterval> | null = null;
  readonly #keepDecoding: boolean;

  /**
   * `keepDecoding: false` stops decoding a remote video after its first frame: a benchmark's
   * many participants share one process, where a real audience has a machine each.
   */
  constructor(options: { keepDecoding?: boolean } = {}) {
    this.#keepDecoding = options.keepDecoding ?? true;
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

  async publishCamera(width = 320, height = 180, fps = 15): Promise<LocalTrackPublication> {
    const source = new VideoSource(width, height);
    const track = LocalVideoTrack.createVideoTrack('camera', source);
    const participant = this.room.localParticipant;
    if (!participant) throw new Error('Join the room before publishing');
    const publication = await participant.publishTrack(
      track,
      new TrackPublishOptions({ source: TrackSource.SOURCE_CAMERA }),
    );
    const pixels = new Uint8Array(width * height * 4);
    let frame = 0;
    this.#cameraTimer = setInterval(() => {
      frame += 1;
      for (let index = 0; index < pixels.length; index += 4) {
        const column = (index / 4) % width;
        pixels[index] = (column + frame * 4) % 256;
        pixels[index + 1] = (column * 2) % 256;
        pixels[index + 2] = (frame * 8) % 256;
        pixels[index + 3] = 255;
      }
      source.captureFrame(new VideoFrame(pixels, width, height, VideoBufferType.RGBA));
    }, 1000 / fps);
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

  async leave(): Promise<void> {
    if (this.#cameraTimer) clearInterval(this.#cameraTimer);
    await this.room.disconnect();
  }

  async #count(track: RemoteTrack, identity: string): Promise<void> {
    for await (const event of new VideoStream(track)) {
      if (event.frame.width === 0) continue;
      const count = (this.framesFrom.get(identity) ?? 0) + 1;
      this.framesFrom.set(identity, count);
      if (count === 1) this.firstFrameAt.set(identity, performance.now());
      if (!this.#keepDecoding) return;
    }
  }
}
