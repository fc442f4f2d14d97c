/**
 * hall-bench: N bot visitors walk hall-1 of the demo fair on a real game server (a child process,
 * with a real api child behind it), first with interest management, then the same N without it.
 * Prints a summary per run and, last, the one line the issue asks for:
 *
 *   hall-bench: bots=N p50_ms=A p99_ms=B kib_s_per_client=C unfiltered_kib_s_per_client=D
 *               server_cpu_pct=E rss_mb=F
 *
 * Usage: npm run bench -w @salon/game-server -- --bots 500 [--settle 30] [--window 20]
 *        [--join-rate 50] [--profile /tmp/prof] (V8 CPU profiles of the game server)
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { PublishedLayoutSchema } from '@salon/shared';
import { freePort } from '../../scripts/lib/freePort.ts';
import { startApiChild, startGameChild } from './childProcesses.ts';
import { runCrowd, type CrowdResult } from './runCrowd.ts';

const { values } = parseArgs({
  options: {
    bots: { type: 'string', default: '200' },
    hall: { type: 'string', default: 'hall-1' },
    settle: { type: 'string', default: '30' },
    window: { type: 'string', default: '20' },
    'join-rate': { type: 'string', default: '50' },
    /** Write V8 CPU profiles of the game server into this folder. */
    profile: { type: 'string' },
  },
});
const bots = Number(values.bots);
const settings = {
  bots,
  hallId: values.hall,
  settleSeconds: Number(values.settle),
  windowSeconds: Number(values.window),
  joinsPerSecond: Number(values['join-rate']),
};
if (!Number.isInteger(bots) || bots < 2) throw new Error('--bots must be an integer ≥ 2');

const secret = randomBytes(32).toString('hex');
const api = await startApiChild(secret);
try {
  const response = await fetch(`${api.apiUrl}/api/halls/${settings.hallId}/layout`);
  const layout = PublishedLayoutSchema.parse(await response.json());

  const run = async (interest: boolean): Promise<CrowdResult> => {
    const port = await freePort();
    const game = await startGameChild(
      { SALON_API_URL: api.apiUrl, SALON_SESSION_SECRET: secret, HALL_INTEREST: String(interest) },
      port,
      values.profile,
    );
    try {
      const result = await runCrowd({
        ...settings,
        gameUrl: `ws://127.0.0.1:${port}`,
        serverPid: game.pid,
        secret,
        alleys: layout.layout.alleys,
      });
      console.log(describe(interest ? 'interest on ' : 'interest off', result));
      return result;
    } finally {
      await game.stop();
    }
  };

  const filtered = await run(true);
  const unfiltered = await run(false);
  console.log(
    [
      'hall-bench:',
      `bots=${bots}`,
      `p50_ms=${filtered.p50.toFixed(1)}`,
      `p99_ms=${filtered.p99.toFixed(1)}`,
      `kib_s_per_client=${filtered.kibPerClientSecond.toFixed(2)}`,
      `unfiltered_kib_s_per_client=${unfiltered.kibPerClientSecond.toFixed(2)}`,
      `server_cpu_pct=${filtered.serverCpuPercent.toFixed(1)}`,
      `rss_mb=${filtered.serverRssMb.toFixed(0)}`,
    ].join(' '),
  );
} finally {
  await api.child.stop();
}

function describe(label: string, result: CrowdResult): string {
  return [
    `[${label}] joined ${result.joined}/${settings.bots} in ${result.joinSeconds.toFixed(1)} s`,
    `rooms=${result.rooms}`,
    `pairs=${result.readyPairs}`,
    `probes=${result.probes} lost=${result.lostProbes} unseen=${result.unseenProbes}`,
    `p50=${result.p50.toFixed(1)}ms p99=${result.p99.toFixed(1)}ms`,
    `${result.kibPerClientSecond.toFixed(2)} KiB/s/client`,
    `in view=${result.meanInView.toFixed(1)}`,
    `refused=${result.refusals}`,
    `server cpu=${result.serverCpuPercent.toFixed(1)}% rss=${result.serverRssMb.toFixed(0)}MB`,
    `bench cpu=${result.benchCpuPercent.toFixed(1)}% loop p99=${result.benchLoopDelayP99Ms.toFixed(0)}ms`,
    `errors=${result.errors.length}${result.errors.length ? ` (${result.errors.slice(0, 3).join('; ')})` : ''}`,
  ].join(' ');
}
