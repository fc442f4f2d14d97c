/**
 * `npm run bench:webinar -- --subscribers N` (repository root): a real livekit-server, one
 * publishing host and N subscribing participants (@livekit/rtc-node), tokens and the on-stage
 * promotion made by the api's own LiveKit code. Prints, last:
 *   webinar-bench: subscribers=N join_p50_ms=A join_p99_ms=B first_frame_p99_ms=C promote_to_publish_ms=D errors=E
 * join: connect() until connected; first frame: from the start of joining until the first
 * decoded frame of the host's video; promote to publish: from the api's promote call until the
 * host decodes the first frame of the promoted participant.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { dispose } from '@livekit/rtc-node';
import { startLivekitServer } from '../../scripts/lib/livekitServer.ts';
import { createLiveRooms } from '../src/live/liveRooms.ts';
import { LiveParticipant } from '../test/liveParticipant.ts';

const { values } = parseArgs({ options: { subscribers: { type: 'string', default: '10' } } });
const subscribers = Number(values.subscribers);

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return (
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
  );
}

const binary = execFileSync(
  'sh',
  [fileURLToPath(new URL('../../scripts/setup/livekit.sh', import.meta.url))],
  {
    encoding: 'utf8',
  },
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
let errors = 0;
const people: LiveParticipant[] = [];

try {
  const host = new LiveParticipant();
  people.push(host);
  const hostToken = await rooms.issueToken({ id: 'host', displayName: 'Host' }, webinarId, 'host');
  await host.join(hostToken.url, hostToken.token);
  await host.publishCamera(320, 180, 15);

  const joins: number[] = [];
  const firstFrames: number[] = [];
  await Promise.all(
    Array.from({ length: subscribers }, async (_, index) => {
      const viewer = new LiveParticipant({ keepDecoding: false });
      people.push(viewer);
      try {
        const token = await rooms.issueToken(
          { id: `viewer-${String(index)}`, displayName: `Viewer ${String(index)}` },
          webinarId,
          'viewer',
        );
        const started = performance.now();
        await viewer.join(token.url, token.token);
        joins.push(performance.now() - started);
        await viewer.until(() => viewer.firstFrameAt.has('host'), 20_000, 'the first frame');
        firstFrames.push((viewer.firstFrameAt.get('host') ?? started) - started);
      } catch (error) {
        errors += 1;
        console.error(`viewer ${String(index)}: ${(error as Error).message}`);
      }
    }),
  );

  const promoted = people[1];
  let promoteMs = Number.NaN;
  if (promoted) {
    const identity = `viewer-0`;
    const started = performance.now();
    await rooms.setOnStage(webinarId, identity, true);
    try {
      await promoted.ownAttribute('stage', 'on');
      await promoted.publishCamera(320, 180, 15);
      await host.until(() => host.firstFrameAt.has(identity), 10_000, 'the promoted frames');
      promoteMs = (host.firstFrameAt.get(identity) ?? started) - started;
    } catch (error) {
      errors += 1;
      console.error(`promotion: ${(error as Error).message}`);
    }
  }

  joins.sort((a, b) => a - b);
  firstFrames.sort((a, b) => a - b);
  console.log(
    `webinar-bench: subscribers=${String(subscribers)} join_p50_ms=${percentile(joins, 50).toFixed(0)} join_p99_ms=${percentile(joins, 99).toFixed(0)} first_frame_p99_ms=${percentile(firstFrames, 99).toFixed(0)} promote_to_publish_ms=${promoteMs.toFixed(0)} errors=${String(errors)}`,
  );
} finally {
  await Promise.all(people.map((person) => person.leave().catch(() => undefined)));
  await dispose();
  await server.stop();
}
