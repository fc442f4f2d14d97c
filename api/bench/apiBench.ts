/**
 * `npm run bench -w @salon/api [-- --connections 100 --seconds 10]`: loads the schedule route
 * and a bare route of the same app with autocannon, in one run, alternating rounds so that
 * machine noise hits both alike. Prints the best round of each and, last:
 *   api-bench: schedule_rps=N bare_rps=M ratio=R p99_ms=P
 * (p99_ms is the schedule route's.)
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const { values } = parseArgs({
  options: {
    connections: { type: 'string', default: '100' },
    seconds: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '2' },
  },
});
const connections = Number(values.connections);
const seconds = Number(values.seconds);
const rounds = Number(values.rounds);
const SCHEDULE = '/api/events?day=2027-04-26';
const BARE = '/bench/bare';
const SAME_BYTES = '/bench/same-bytes';

const server = spawn(process.execPath, [new URL('./benchServer.ts', import.meta.url).pathname], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const port = await new Promise<number>((resolve, reject) => {
  server.once('exit', (code) => reject(new Error(`The bench server exited with code ${code}`)));
  createInterface({ input: server.stdout }).on('line', (line) => {
    const match = /^PORT=(\d+)$/.exec(line);
    if (match) resolve(Number(match[1]));
  });
});

interface Round {
  rps: number;
  p99: number;
  errors: number;
}

async function load(path: string, duration: number): Promise<Round> {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}${path}`,
    connections,
    duration,
    // What every browser sends; the bare route's tiny body is not compressed either way.
    headers: { 'accept-encoding': 'gzip, deflate, br' },
  });
  const failures = result.errors + result.timeouts + result.non2xx;
  return { rps: result.requests.average, p99: result.latency.p99, errors: failures };
}

try {
  await load(SCHEDULE, 2);
  await load(BARE, 2);
  const schedule: Round[] = [];
  const bare: Round[] = [];
  const sameBytes: Round[] = [];
  for (let round = 1; round <= rounds; round += 1) {
    bare.push(await load(BARE, seconds));
    schedule.push(await load(SCHEDULE, seconds));
    sameBytes.push(await load(SAME_BYTES, seconds));
    const [b, s, c] = [bare.at(-1), schedule.at(-1), sameBytes.at(-1)];
    console.log(
      `round ${round}: bare_rps=${b?.rps.toFixed(0)} schedule_rps=${s?.rps.toFixed(0)} same_bytes_rps=${c?.rps.toFixed(0)} schedule_p99_ms=${s?.p99}`,
    );
  }
  const best = (list: Round[]) => list.reduce((a, b) => (b.rps > a.rps ? b : a));
  const bestSchedule = best(schedule);
  const bestBare = best(bare);
  const bestSameBytes = best(sameBytes);
  console.log(
    `route overhead: schedule_rps / same_bytes_rps = ${(bestSchedule.rps / bestSameBytes.rps).toFixed(2)}`,
  );
  const errors = [...schedule, ...bare, ...sameBytes].reduce((sum, round) => sum + round.errors, 0);
  if (errors > 0) console.log(`errors=${errors}`);
  console.log(
    `api-bench: schedule_rps=${bestSchedule.rps.toFixed(0)} bare_rps=${bestBare.rps.toFixed(0)} ratio=${(bestSchedule.rps / bestBare.rps).toFixed(2)} p99_ms=${bestSchedule.p99}`,
  );
} finally {
  server.kill('SIGTERM');
}
