/**
 * `npm run bench:webinar -- --subscribers N` (repository root): a real livekit-server, one
 * publishing host and N subscribing participants (@livekit/rtc-node), tokens and the on-stage
 * promotion made by the api's own LiveKit code (createLiveRooms). Prints diagnostics, then, last:
 *   webinar-bench: subscribers=N join_p50_ms=A join_p99_ms=B first_frame_p99_ms=C promote_to_publish_ms=D errors=E
 *
 * How the audience is simulated, so that the figures are the server's and not the harness's:
 * - The host and the viewers live in separate processes (webinarWorker.ts; the host alone in
 *   one, the viewers spread round-robin over `--workers`, default one per 10 viewers). rtc-node
 *   hands every native event of a process to every room of that process, and one process has a
 *   single libwebrtc network/worker thread for all its peer connections: 50 viewers in one
 *   process mostly measured that process queueing (15 s first frames, lost promotions).
 * - rtc-node would send every native log record (trace level included) to JavaScript, one event
 *   each, handed to every room of the process: that alone took more CPU than the WebRTC work
 *   and doubled first_frame_p99_ms at 50 viewers. Participants turn it off (test/nativeLogs.ts).
 * - Viewers arrive in waves (`--wave-size`, default 10, every `--wave-interval-ms`, default
 *   1000), on a fixed schedule that does not wait for the previous wave to finish, the way an
 *   audience arrives around the start time rather than in one millisecond.
 * - Each viewer, like a browser showing the host in a small tile with adaptive stream, asks for
 *   the lowest simulcast layer of the host's 320x180@15 camera when the track is simulcast, and
 *   hands only its first decoded frame to JavaScript (it stays subscribed: the server keeps
 *   forwarding the stream to every viewer for the whole run). libwebrtc inside rtc-node still
 *   decodes every frame it receives, on this machine rather than on 50 viewers' machines;
 *   `--pause-after-first-frame` stops that by asking the server to stop sending the video after
 *   each viewer's first frame (a browser does so for a hidden tile): lighter on the harness,
 *   but it understates the server's forwarding work, so it is off by default.
 *
 * What each figure measures (times are on the viewer's own process clock):
 * - join_p50_ms / join_p99_ms: over all viewers whose connect() finished, from calling
 *   Room.connect() (token already issued by the api code) until it resolved: signalling
 *   WebSocket, join response, ICE/DTLS of the subscriber connection.
 * - first_frame_p99_ms: over all viewers, from calling Room.connect() until the first frame of
 *   the host's video was decoded in that viewer. A viewer that gets no frame within
 *   `--timeout-ms` (default 20000) counts as an error and as an infinite time, so one failure
 *   among 100 or fewer viewers makes the p99 "Infinity": no viewer is left out.
 * - promote_to_publish_ms: from just before the api's setOnStage(viewer-0) call
 *   (RoomServiceClient.updateParticipant: attribute stage=on and publish permission) until the
 *   host decoded the first frame of viewer-0's newly published camera; the viewer publishes as
 *   soon as it sees its own attribute stage=on. Cross-process times are epoch clocks of one
 *   machine. If a step fails or takes over `--promote-timeout-ms` (default 10000), the figure is
 *   "failed", errors counts it and a "promotion failed: <step>: <reason>" line says why.
 * - errors: viewers that failed to join or to get a first frame, plus a failed promotion.
 * The "harness:" line shows whether the bench itself was the bottleneck: the worst event-loop
 * delay of any participant process, the CPU seconds of livekit-server and of the participant
 * processes, and the load average. The machine may be shared: compare figures within one run.
 */
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startLivekitServer } from '../../scripts/lib/livekitServer.ts';
import { createLiveRooms } from '../src/live/liveRooms.ts';
import { ParticipantProcess, childCpuSeconds, ms, percentile } from './participantProcesses.ts';
import {
  epochNow,
  type JoinResult,
  type PromoteResult,
  type WorkerStats,
} from './webinarProtocol.ts';

const { values } = parseArgs({
  options: {
    subscribers: { type: 'string', default: '10' },
    workers: { type: 'string' },
    'wave-size': { type: 'string', default: '10' },
    'wave-interval-ms': { type: 'string', default: '1000' },
    'timeout-ms': { type: 'string', default: '20000' },
    'promote-timeout-ms': { type: 'string', default: '10000' },
    'pause-after-first-frame': { type: 'boolean', default: false },
  },
});
const subscribers = Number(values.subscribers);
const workerCount = Math.max(1, Number(values.workers ?? Math.ceil(subscribers / 10)));
const waveSize = Math.max(1, Number(values['wave-size']));
const waveIntervalMs = Number(values['wave-interval-ms']);
const timeoutMs = Number(values['timeout-ms']);
const promoteTimeoutMs = Number(values['promote-timeout-ms']);
const pauseAfterFirstFrame = values['pause-after-first-frame'];
const HOST = 'host';
const PROMOTED = 'viewer-0';

const binary = execFileSync(
  'sh',
  [fileURLToPath(new URL('../../scripts/setup/livekit.sh', import.meta.url))],
  { encoding: 'utf8' },
)
  .trim()
  .split('\n')
  .at(-1);
if (!binary) throw new Error('No livekit-server');
const server = await startLivekitServer(binary);
const rooms = createLiveRooms({
  url: server.url,
  publicUrl: server.url,
  apiKey: server.apiKey,
  apiSecret: server.apiSecret,
});
const webinarId = crypto.randomUUID();
const loadBefore = loadavg();
const hostProcess = new ParticipantProcess();
const viewerProcesses = Array.from({ length: workerCount }, () => new ParticipantProcess());
const viewerProcess = (index: number): ParticipantProcess =>
  viewerProcesses[index % viewerProcesses.length] as ParticipantProcess;
const failures: string[] = [];
let summary: string | undefined;

try {
  // Every process has loaded rtc-node before anything is timed.
  await Promise.all([hostProcess, ...viewerProcesses].map((each) => each.call({ op: 'stats' })));

  const hostToken = await rooms.issueToken({ id: HOST, displayName: 'Host' }, webinarId, 'host');
  await hostProcess.call<JoinResult>({
    op: 'join',
    identity: HOST,
    url: hostToken.url,
    token: hostToken.token,
    publish: { width: 320, height: 180, fps: 15 },
    timeoutMs,
  });

  const joins: number[] = [];
  const firstFrames: number[] = [];
  const toSubscribed: number[] = [];
  const toFrame: number[] = [];
  let simulcast: boolean | undefined;
  const benchStart = performance.now();
  await Promise.all(
    Array.from({ length: subscribers }, async (_, index) => {
      const wave = Math.floor(index / waveSize);
      const due = benchStart + wave * waveIntervalMs - performance.now();
      if (due > 0) await new Promise((resolve) => setTimeout(resolve, due));
      const identity = `viewer-${String(index)}`;
      let result: JoinResult | undefined;
      try {
        const token = await rooms.issueToken(
          { id: identity, displayName: `Viewer ${String(index)}` },
          webinarId,
          'viewer',
        );
        result = await viewerProcess(index).call<JoinResult>({
          op: 'join',
          identity,
          url: token.url,
          token: token.token,
          firstFrameFrom: HOST,
          pauseAfterFirstFrame,
          timeoutMs,
        });
      } catch (error) {
        failures.push(`${identity}: ${(error as Error).message}`);
        firstFrames.push(Number.POSITIVE_INFINITY);
        return;
      }
      joins.push(result.connectedAt - result.connectStartAt);
      if (result.error) failures.push(`${identity}: ${result.error}`);
      firstFrames.push((result.firstFrameAt ?? Number.POSITIVE_INFINITY) - result.connectStartAt);
      simulcast ??= result.simulcast;
      if (result.subscribedAt !== undefined) {
        toSubscribed.push(result.subscribedAt - result.connectedAt);
        if (result.firstFrameAt !== undefined)
          toFrame.push(result.firstFrameAt - result.subscribedAt);
      }
    }),
  );

  toSubscribed.sort((a, b) => a - b);
  toFrame.sort((a, b) => a - b);
  console.log(
    `viewers: connected_to_subscribed_p50_ms=${ms(percentile(toSubscribed, 50))} p99_ms=${ms(percentile(toSubscribed, 99))} subscribed_to_first_frame_p50_ms=${ms(percentile(toFrame, 50))} p99_ms=${ms(percentile(toFrame, 99))}`,
  );

  let promoteMs = Number.NaN;
  let promotion = '';
  if (subscribers > 0) {
    // Both sides start waiting before the api call, then the clock starts.
    const promoted = viewerProcess(0).call<PromoteResult>({
      op: 'promote',
      identity: PROMOTED,
      timeoutMs: promoteTimeoutMs,
    });
    const seen = hostProcess.call<number>({
      op: 'firstFrameFrom',
      identity: HOST,
      from: PROMOTED,
      timeoutMs: promoteTimeoutMs,
    });
    const started = epochNow();
    const api = rooms.setOnStage(webinarId, PROMOTED, true).then(() => epochNow());
    const [apiDone, onStage, hostFrame] = await Promise.allSettled([api, promoted, seen]);
    const since = (at: number): string => (at - started).toFixed(0);
    if (apiDone.status === 'rejected') {
      promotion = `api setOnStage: ${String(apiDone.reason)}`;
    } else if (onStage.status === 'rejected') {
      promotion = `${PROMOTED} (api answered after ${since(apiDone.value)} ms): ${(onStage.reason as Error).message}`;
    } else if (hostFrame.status === 'rejected') {
      promotion = `${HOST} (${PROMOTED} published after ${since(onStage.value.publishedAt)} ms): ${(hostFrame.reason as Error).message}`;
    } else {
      promoteMs = hostFrame.value - started;
      console.log(
        `promotion: api_ms=${since(apiDone.value)} stage_on_ms=${since(onStage.value.stageOnAt)} published_ms=${since(onStage.value.publishedAt)} host_first_frame_ms=${since(hostFrame.value)}`,
      );
    }
    if (promotion) failures.push(`promotion failed: ${promotion}`);
  }

  const stats = await Promise.all(
    [hostProcess, ...viewerProcesses].map((each) => each.call<WorkerStats>({ op: 'stats' })),
  );
  const loadAfter = loadavg();
  console.log(
    `harness: workers=${String(workerCount)}+host waves=${String(Math.ceil(subscribers / waveSize))}x${String(waveSize)}/${String(waveIntervalMs)}ms simulcast_low_layer=${String(simulcast ?? false)} pause_after_first_frame=${String(pauseAfterFirstFrame)} worst_loop_delay_p99_ms=${Math.max(...stats.map((each) => each.loopDelayP99Ms)).toFixed(0)} worst_loop_delay_max_ms=${Math.max(...stats.map((each) => each.loopDelayMaxMs)).toFixed(0)} participant_cpu_s=${(stats.reduce((sum, each) => sum + each.cpuMs, 0) / 1000).toFixed(1)} livekit_server_cpu_s=${childCpuSeconds('livekit-server').toFixed(1)} load_before=${loadBefore.map((each) => each.toFixed(2)).join(',')} load_after=${loadAfter.map((each) => each.toFixed(2)).join(',')}`,
  );
  for (const failure of failures.slice(0, 10)) console.log(`error: ${failure}`);
  if (failures.length > 10) console.log(`error: … and ${String(failures.length - 10)} more`);

  joins.sort((a, b) => a - b);
  firstFrames.sort((a, b) => a - b);
  summary = `webinar-bench: subscribers=${String(subscribers)} join_p50_ms=${ms(percentile(joins, 50))} join_p99_ms=${ms(percentile(joins, 99))} first_frame_p99_ms=${ms(percentile(firstFrames, 99))} promote_to_publish_ms=${promotion ? 'failed' : ms(promoteMs)} errors=${String(failures.length)}`;
} finally {
  await Promise.all([hostProcess, ...viewerProcesses].map((each) => each.stop()));
  await server.stop();
}
// Last, after every participant process has gone quiet.
if (summary) console.log(summary);
