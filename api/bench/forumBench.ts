/**
 * `npm run bench:forum -- --viewers N` (repository root): one short forum event end to end on
 * the real stack (api, built client, a real livekit-server). Prints diagnostics, then, last:
 *   forum-bench: viewers=N on_air_to_viewer_ms=A recording_ready_s=B errors=E
 *
 * Who takes part:
 * - The producer: the real studio page (/studio/:eventId) in headless Chromium, signed in as the
 *   demo producer. It composes the program (canvas + WebAudio) from what is on air, publishes it
 *   into the program room and records it with MediaRecorder, uploading as it goes.
 * - The moderator and one speaker: @livekit/rtc-node participants in the studio room with the
 *   api's studio tokens, each publishing a camera of one solid colour (moderator blue, speaker
 *   red), so that a viewer can tell from the pixels who is on the program.
 * - N viewers: rtc-node participants in the program room with the api's program tokens (guest
 *   sessions), spread over worker processes (webinarWorker.ts), decoding every frame. The
 *   program is simulcast: --full-size of them (a quarter by default) watch the full 720p
 *   program, as a large event player does; the others take its smallest layer, as a hall
 *   screen, a small player or a phone does through adaptive stream. Twenty 720p decoders would
 *   otherwise be twenty viewers' machines squeezed onto this one, starving the producer's page.
 *
 * What each figure measures:
 * - on_air_to_viewer_ms: the p99 over viewers of the time from just before the producer's api
 *   call that puts the speaker on air (the layout already shows moderator and speaker) until
 *   that viewer decoded the first program frame that shows the speaker's red. It covers the
 *   api, the studio stream to the producer's page, its compositor, encoding, LiveKit and
 *   decoding. A viewer that never sees it within --timeout-ms counts as an error and Infinity.
 * - recording_ready_s: from just before the api call that ends the event until the recording's
 *   status is "ready" (the page flushed its last chunk and finished; the api remuxed it).
 * - errors: viewers that did not get the program or the speaker, a recording that was not ready
 *   in time or lacks the speaker's chapter, and page errors of the producer's page.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  ForumLiveTokenSchema,
  RecordingSchema,
  SessionSchema,
  StudioTokensSchema,
  type Session,
} from '@salon/shared';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, FAKE_MEDIA_FLAGS, findChromium } from '../../scripts/lib/chromium.ts';
import { ensureClientBuild } from '../../scripts/lib/clientBuild.ts';
import { freePort } from '../../scripts/lib/freePort.ts';
import { startStack } from '../../scripts/lib/stack.ts';
import { ParticipantProcess, childCpuSeconds, ms, percentile } from './participantProcesses.ts';
import { epochNow, type ColourSeen, type JoinResult, type WorkerStats } from './webinarProtocol.ts';

const { values } = parseArgs({
  options: {
    viewers: { type: 'string', default: '20' },
    workers: { type: 'string' },
    'full-size': { type: 'string' },
    'warm-up-s': { type: 'string', default: '10' },
    'timeout-ms': { type: 'string', default: '30000' },
    rebuild: { type: 'boolean', default: false },
  },
});
const viewerCount = Number(values.viewers);
const workerCount = Math.max(1, Number(values.workers ?? Math.ceil(viewerCount / 10)));
const timeoutMs = Number(values['timeout-ms']);
const fullSizeCount = Math.min(
  viewerCount,
  Number(values['full-size'] ?? Math.ceil(viewerCount / 4)),
);

// ev002 of the demo fair: its producer, its moderator sp101 and its speaker sp061 have accounts.
const EVENT = 'ev002';
const PRODUCER = 'producer@salon.example';
const MODERATOR = 'speaker.sp101@salon.example';
const SPEAKER = 'speaker.sp061@salon.example';
const SPEAKER_ID = 'sp061';
const PASSWORD = 'salon-demo-2027';
const BLUE = [30, 60, 230] as const;
const RED = [230, 30, 30] as const;
const RECORDING_TIMEOUT_MS = 120_000;

await ensureClientBuild({ rebuild: values.rebuild, label: 'forum-bench' });
const chromiumFound = findChromium();
if ('reason' in chromiumFound)
  throw new Error(`forum-bench: no Chromium (${chromiumFound.reason})`);
const livekitBinary = execFileSync(
  'sh',
  [path.join(import.meta.dirname, '../../scripts/setup/livekit.sh')],
  { encoding: 'utf8' },
)
  .trim()
  .split('\n')
  .at(-1);
if (!livekitBinary) throw new Error('forum-bench: no livekit-server');

const dataDir = await mkdtemp(path.join(tmpdir(), 'salon-forum-bench-'));
const stack = await startStack({
  apiPort: await freePort(),
  gamePort: await freePort(),
  clientPort: await freePort(),
  dataDir,
  client: 'preview',
  sessionSecret: randomBytes(32).toString('base64url'),
  livekit: { binary: livekitBinary },
  echo: false,
  env: { LOG_LEVEL: 'warn' },
});

async function api<T>(
  method: string,
  pathname: string,
  token: string | null,
  body?: unknown,
): Promise<T> {
  const response = await fetch(new URL(pathname, stack.apiUrl), {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? null : JSON.stringify(body),
  });
  if (!response.ok)
    throw new Error(`${method} ${pathname}: ${String(response.status)} ${await response.text()}`);
  return (await response.json()) as T;
}

const signIn = async (email: string): Promise<Session> =>
  SessionSchema.parse(await api('POST', '/api/sessions', null, { email, password: PASSWORD }));
const guest = async (): Promise<Session> =>
  SessionSchema.parse(await api('POST', '/api/sessions/guest', null, {}));
const studioToken = async (session: Session) =>
  StudioTokensSchema.parse(await api('POST', `/api/events/${EVENT}/studio-token`, session.token))
    .studio;
const programToken = async (session: Session) =>
  ForumLiveTokenSchema.parse(
    await api('POST', `/api/events/${EVENT}/program-token`, session.token),
  );

const failures: string[] = [];
const loadBefore = loadavg();
const browser = await chromium.launch({
  executablePath: chromiumFound.path,
  headless: true,
  args: [...CHROMIUM_FLAGS, ...FAKE_MEDIA_FLAGS, '--autoplay-policy=no-user-gesture-required'],
});
const studioProcess = new ParticipantProcess();
const viewerProcesses = Array.from({ length: workerCount }, () => new ParticipantProcess());
let summary: string | undefined;
try {
  const [producer, moderator, speaker] = await Promise.all([
    signIn(PRODUCER),
    signIn(MODERATOR),
    signIn(SPEAKER),
  ]);

  // Backstage: the moderator and the speaker, each a camera of one colour.
  for (const [person, colour] of [
    [moderator, BLUE],
    [speaker, RED],
  ] as const) {
    const studio = await studioToken(person);
    await studioProcess.call<JoinResult>({
      op: 'join',
      identity: person.user.id,
      url: studio.url,
      token: studio.token,
      publish: { width: 320, height: 180, fps: 15, colour },
      timeoutMs,
    });
  }

  // The producer's studio page, signed in, live.
  const context = await browser.newContext({ locale: 'en-US' });
  await context.addInitScript((session) => {
    localStorage.setItem('salon.session', session);
  }, JSON.stringify(producer));
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(new URL(`/studio/${EVENT}`, stack.appUrl).toString());
  await api('PUT', `/api/events/${EVENT}/studio/layout`, producer.token, {
    layout: 'moderatorAndSpeaker',
  });
  await api('POST', `/api/events/${EVENT}/studio/live`, producer.token);

  // The audience joins the program and waits for its first frame.
  const viewerIds = Array.from({ length: viewerCount }, (_, index) => `viewer-${String(index)}`);
  const processOf = (index: number) => viewerProcesses[index % workerCount] ?? studioProcess;
  const joins = await Promise.all(
    viewerIds.map(async (identity, index) => {
      const token = await programToken(await guest());
      const result = await processOf(index).call<JoinResult>({
        op: 'join',
        identity,
        url: token.url,
        token: token.token,
        firstFrameFrom: producer.user.id,
        layer: index < fullSizeCount ? 'highest' : 'lowest',
        keepDecoding: true,
        timeoutMs,
      });
      if (result.error) failures.push(`${identity}: no program (${result.error})`);
      return result;
    }),
  );
  const firstFrames = joins
    .map((each) => (each.firstFrameAt ?? Infinity) - each.connectStartAt)
    .sort((a, b) => a - b);
  const widths = [...new Set(joins.map((each) => each.frameWidth ?? 0))].sort((a, b) => b - a);
  console.log(
    `program: first_frame_p50_ms=${ms(percentile(firstFrames, 50))} p99_ms=${ms(percentile(firstFrames, 99))} full_size=${String(fullSizeCount)} frame_widths=${widths.join(',')}`,
  );

  // An event is minutes old when a speaker goes on air: the producer's sending rate has grown
  // from WebRTC's cautious start to the full program, whose top layer the large players get.
  await new Promise((resolve) => setTimeout(resolve, Number(values['warm-up-s']) * 1000));

  // On air: from the producer's call until each viewer decodes the speaker's red.
  const seen = viewerIds.map((identity, index) =>
    processOf(index).call<ColourSeen>({
      op: 'colourFrom',
      identity,
      from: producer.user.id,
      colour: RED,
      timeoutMs,
    }),
  );
  const onAirAt = epochNow();
  await api('PUT', `/api/events/${EVENT}/studio/on-air`, producer.token, {
    speakerId: SPEAKER_ID,
    mode: 'video',
  });
  const outcomes = await Promise.allSettled(seen);
  const byViewer = outcomes.map((outcome, index) => {
    if (outcome.status === 'fulfilled') return outcome.value.at - onAirAt;
    failures.push(`viewer-${String(index)}: ${(outcome.reason as Error).message}`);
    return Infinity;
  });
  const onAir = byViewer.toSorted((a, b) => a - b);
  const fullSize = byViewer.slice(0, fullSizeCount).sort((a, b) => a - b);
  const widthsOnAir = outcomes.map((outcome) =>
    outcome.status === 'fulfilled' ? outcome.value.frameWidth : 0,
  );
  console.log(
    `on_air: p50_ms=${ms(percentile(onAir, 50))} p99_ms=${ms(percentile(onAir, 99))} full_size_p99_ms=${ms(percentile(fullSize, 99))} full_size_widths=${[...new Set(widthsOnAir.slice(0, fullSizeCount))].join(',')} small_widths=${[...new Set(widthsOnAir.slice(fullSizeCount))].join(',')}`,
  );

  // A few seconds of program with the speaker, then the end, then the recording.
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const endedAt = epochNow();
  await api('POST', `/api/events/${EVENT}/studio/end`, producer.token);
  let readyAt = Infinity;
  let chapters: string[] = [];
  while (epochNow() - endedAt < RECORDING_TIMEOUT_MS) {
    const recording = RecordingSchema.parse(
      await api('GET', `/api/events/${EVENT}/recording`, null),
    );
    if (recording.status === 'ready') {
      readyAt = epochNow();
      chapters = recording.chapters.map((chapter) => chapter.speaker.id);
      console.log(
        `recording: size_kib=${(recording.sizeBytes / 1024).toFixed(0)} duration_s=${String(recording.durationSeconds)} chapters=${String(recording.chapters.length)} remuxed=${String(recording.remuxed)}`,
      );
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  if (!Number.isFinite(readyAt)) {
    const probe = await page.evaluate('JSON.stringify(window.__salonStudio?.recording())');
    failures.push(`the recording was not ready within 2 minutes; the page says ${String(probe)}`);
  } else if (!chapters.includes(SPEAKER_ID)) failures.push('the recording has no speaker chapter');
  for (const error of pageErrors) failures.push(`producer page: ${error}`);

  const stats = await Promise.all(
    [studioProcess, ...viewerProcesses].map((each) => each.call<WorkerStats>({ op: 'stats' })),
  );
  console.log(
    `harness: workers=${String(workerCount)} worst_loop_delay_p99_ms=${Math.max(...stats.map((each) => each.loopDelayP99Ms)).toFixed(0)} participant_cpu_s=${(stats.reduce((sum, each) => sum + each.cpuMs, 0) / 1000).toFixed(1)} livekit_server_cpu_s=${childCpuSeconds('livekit-server').toFixed(1)} load_before=${loadBefore.map((each) => each.toFixed(2)).join(',')} load_after=${loadavg()
      .map((each) => each.toFixed(2))
      .join(',')}`,
  );
  for (const failure of failures.slice(0, 10)) console.log(`error: ${failure}`);
  summary = `forum-bench: viewers=${String(viewerCount)} on_air_to_viewer_ms=${ms(percentile(onAir, 99))} recording_ready_s=${Number.isFinite(readyAt) ? ((readyAt - endedAt) / 1000).toFixed(1) : 'failed'} errors=${String(failures.length)}`;
} finally {
  await Promise.all([studioProcess, ...viewerProcesses].map((each) => each.stop()));
  await browser.close();
  await stack.stop();
  await rm(dataDir, { recursive: true, force: true });
}
// Last, after every participant process has gone quiet.
if (summary) console.log(summary);
