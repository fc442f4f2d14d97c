/**
 * One participant process of the webinar benchmark (forked by webinarBench.ts): hosts a few
 * @livekit/rtc-node participants, so that no single event loop and no single libwebrtc stack
 * serves the whole audience (rtc-node hands every native event to every room of its process).
 * Answers the requests of webinarProtocol.ts; times are measured here, on this process's clock,
 * as epoch milliseconds.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import {
  dispose,
  RoomEvent,
  TrackKind,
  type RemoteTrack,
  type RemoteTrackPublication,
} from '@livekit/rtc-node';
import { LiveParticipant, showsColour } from '../test/liveParticipant.ts';
import { stopForwardingNativeLogs } from '../test/nativeLogs.ts';
import {
  epochNow,
  type ColourSeen,
  type Envelope,
  type JoinResult,
  type PromoteResult,
  type WorkerReply,
  type WorkerStats,
} from './webinarProtocol.ts';

// Before anything is timed, and before the first participant (see nativeLogs.ts).
stopForwardingNativeLogs();
const people = new Map<string, LiveParticipant>();
let leaving = false;
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();

// VideoQuality.LOW of @livekit/rtc-ffi-bindings, which is rtc-node's dependency, not the api's.
const LOWEST = 0;

/**
 * A viewer of a small tile asks the server for the lowest simulcast layer, as a browser's
 * adaptive stream does. rtc-node 1.1 has no JavaScript method for it; its native side has.
 */
function requestLowestLayer(publication: RemoteTrackPublication): void {
  const client = globalThis._ffiClientInstance;
  if (!client) return;
  client.request({
    message: {
      case: 'setRemoteTrackPublicationQuality',
      // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- see LOWEST
      value: { trackPublicationHandle: publication.ffiHandle.handle, quality: LOWEST },
    },
  });
}

/** What a browser's adaptive stream does for a hidden tile: the server stops sending the video. */
function pause(publication: RemoteTrackPublication): void {
  globalThis._ffiClientInstance?.request({
    message: {
      case: 'enableRemoteTrackPublication',
      value: { trackPublicationHandle: publication.ffiHandle.handle, enabled: false },
    },
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} took over ${String(ms)} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

function person(identity: string): LiveParticipant {
  const found = people.get(identity);
  if (!found) throw new Error(`No participant ${identity} in this process`);
  return found;
}

async function handle(request: Envelope): Promise<unknown> {
  switch (request.op) {
    case 'join': {
      const participant = new LiveParticipant({ keepDecoding: request.keepDecoding ?? false });
      people.set(request.identity, participant);
      let simulcast: boolean | undefined;
      let subscribedAt: number | undefined;
      let video: RemoteTrackPublication | undefined;
      participant.room.on(
        RoomEvent.TrackSubscribed,
        (track: RemoteTrack, publication: RemoteTrackPublication) => {
          if (track.kind !== TrackKind.KIND_VIDEO) return;
          subscribedAt ??= epochNow();
          video = publication;
          simulcast = publication.simulcasted;
          if (simulcast && (request.layer ?? 'lowest') === 'lowest')
            requestLowestLayer(publication);
        },
      );
      const connectStartAt = epochNow();
      await withTimeout(
        participant.join(request.url, request.token),
        request.timeoutMs,
        'connect()',
      );
      const result: JoinResult = { connectStartAt, connectedAt: epochNow() };
      if (request.publish) {
        const { width, height, fps, colour } = request.publish;
        await participant.publishCamera(width, height, fps, colour ?? null);
      }
      const from = request.firstFrameFrom;
      if (from !== undefined) {
        const deadline = connectStartAt + request.timeoutMs;
        try {
          await participant.until(
            () => participant.firstFrameAt.has(from),
            deadline - epochNow(),
            `the first frame from ${from}`,
          );
          // firstFrameAt is performance.now(): make it an epoch time like the others.
          result.firstFrameAt = performance.timeOrigin + (participant.firstFrameAt.get(from) ?? 0);
          result.frameWidth = participant.latestFrameFrom.get(from)?.width;
        } catch (error) {
          // What the viewer got by then tells a lost subscription from a stream with no frame.
          const got = subscribedAt === undefined ? 'never subscribed' : 'subscribed, no frame';
          result.error = `${(error as Error).message} (${got}; simulcast ${String(simulcast)})`;
        }
        result.simulcast = simulcast;
        if (request.pauseAfterFirstFrame && result.firstFrameAt !== undefined && video)
          pause(video);
        result.subscribedAt = subscribedAt;
      }
      return result;
    }
    case 'promote': {
      const participant = person(request.identity);
      await participant.ownAttribute('stage', 'on', request.timeoutMs);
      const stageOnAt = epochNow();
      await withTimeout(
        participant.publishCamera(320, 180, 15),
        request.timeoutMs,
        'publishing the camera',
      );
      const result: PromoteResult = { stageOnAt, publishedAt: epochNow() };
      return result;
    }
    case 'firstFrameFrom': {
      const participant = person(request.identity);
      await participant.until(
        () => participant.firstFrameAt.has(request.from),
        request.timeoutMs,
        `${request.identity} to decode a frame from ${request.from}`,
      );
      return performance.timeOrigin + (participant.firstFrameAt.get(request.from) ?? 0);
    }
    case 'colourFrom': {
      const participant = person(request.identity);
      const seen = participant.nextFrameThat(request.from, (frame) =>
        showsColour(frame, request.colour),
      );
      const at = await withTimeout(
        seen,
        request.timeoutMs,
        `${request.identity} to see the colour ${request.colour.join()} from ${request.from}`,
      );
      const seenColour: ColourSeen = {
        at: performance.timeOrigin + at,
        frameWidth: participant.latestFrameFrom.get(request.from)?.width ?? 0,
      };
      return seenColour;
    }
    case 'stats': {
      const usage = process.cpuUsage();
      const stats: WorkerStats = {
        loopDelayP99Ms: loopDelay.percentile(99) / 1e6,
        loopDelayMaxMs: loopDelay.max / 1e6,
        cpuMs: (usage.user + usage.system) / 1000,
        participants: people.size,
      };
      return stats;
    }
    case 'leave': {
      leaving = true;
      const left = Promise.allSettled([...people.values()].map((each) => each.leave()));
      await withTimeout(left, 10_000, 'leaving').catch(() => undefined);
      await withTimeout(dispose(), 5_000, 'dispose').catch(() => undefined);
      return null;
    }
  }
}

process.on('message', (message: Envelope) => {
  handle(message).then(
    (result) => {
      const reply: WorkerReply = { id: message.id, ok: true, result };
      process.send?.(reply, undefined, undefined, () => {
        if (message.op === 'leave') process.exit(0);
      });
    },
    (error: unknown) => {
      const reply: WorkerReply = {
        id: message.id,
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      };
      process.send?.(reply);
    },
  );
});
process.on('disconnect', () => process.exit(0));
// rtc-node throws from event handlers, e.g. a track subscribed while its room disconnects: while
// leaving that is noise; otherwise it ends this process, which fails its pending requests.
process.on('uncaughtException', (error) => {
  if (leaving) return;
  console.error(`participant process ${String(process.pid)}: ${error.stack ?? error.message}`);
  process.exit(1);
});
