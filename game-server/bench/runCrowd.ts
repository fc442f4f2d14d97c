/**
 * One bench run: N bots join at a steady rate (pairs for the latency probe join back to back, so
 * they land in the same room), roam until the crowd has spread from the spawn points, then a
 * steady window measures latency, bytes per client, and the server's CPU and memory.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Alley } from '@salon/shared';
import { alleyPointPicker } from './alleyPoints.ts';
import { Bot, type BotRoom } from './Bot.ts';
import { botTokenSigner } from './botToken.ts';
import { LatencyProbe } from './latencyProbe.ts';
import { cpuPercent, rssMegabytes, sampleCpu } from './processStats.ts';
import { roam } from './roam.ts';

export interface CrowdSettings {
  readonly bots: number;
  readonly hallId: string;
  readonly gameUrl: string;
  readonly serverPid: number;
  readonly secret: string;
  readonly alleys: readonly Alley[];
  readonly joinsPerSecond: number;
  readonly settleSeconds: number;
  readonly windowSeconds: number;
}

export interface CrowdResult {
  readonly joined: number;
  readonly joinSeconds: number;
  readonly rooms: number;
  readonly readyPairs: number;
  readonly probes: number;
  readonly lostProbes: number;
  readonly unseenProbes: number;
  readonly p50: number;
  readonly p99: number;
  readonly kibPerClientSecond: number;
  /** Avatars in a client's decoded state at the end of the window, on average (itself included). */
  readonly meanInView: number;
  /** Intents the server declined (walkTo from off the alleys, mostly). */
  readonly refusals: number;
  readonly serverCpuPercent: number;
  readonly serverRssMb: number;
  readonly benchCpuPercent: number;
  /** How late the bench's own event loop ran, p99: latency the bots themselves add. */
  readonly benchLoopDelayP99Ms: number;
  readonly errors: readonly string[];
}

/** One bot in ten walks for the latency probe, one in ten watches it. */
const PAIR_EVERY = 10;
const JOINS_IN_FLIGHT = 8;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function runCrowd(settings: CrowdSettings): Promise<CrowdResult> {
  const random = Math.random;
  const pickPoint = alleyPointPicker(settings.alleys, random);
  const sign = botTokenSigner(settings.secret);
  const errors: string[] = [];
  const onError = (what: string) => errors.push(what);
  const probe = new LatencyProbe();
  const stops: (() => void)[] = [];
  const bots: Bot[] = [];

  // Units join one after another: a pair is [walker, observer], a roamer is alone. Each unit is
  // due at its first bot's place in the join order, so joins arrive at a steady rate.
  const units: { bots: Bot[]; dueMs: number }[] = [];
  const spacingMs = 1000 / settings.joinsPerSecond;
  for (let index = 0; index < settings.bots;) {
    const paired = index % PAIR_EVERY === 0 && index + 1 < settings.bots;
    const unit = Array.from(
      { length: paired ? 2 : 1 },
      (_, k) => new Bot(`bot-${index + k}`, onError),
    );
    units.push({ bots: unit, dueMs: index * spacingMs });
    bots.push(...unit);
    index += unit.length;
  }

  const joinUnit = async (unit: Bot[]): Promise<void> => {
    for (const bot of unit) {
      await bot.join(settings.gameUrl, await sign(bot.name), settings.hallId);
    }
    const [walker, observer] = unit;
    if (walker && observer) probe.addPair(walker, observer, pickPoint(), random);
    else if (walker) stops.push(roam(walker, pickPoint, random));
  };

  const joinStarted = performance.now();
  const queue = [...units];
  await Promise.all(
    Array.from({ length: JOINS_IN_FLIGHT }, async () => {
      for (let unit = queue.shift(); unit; unit = queue.shift()) {
        await sleep(Math.max(0, joinStarted + unit.dueMs - performance.now()));
        await joinUnit(unit.bots);
      }
    }),
  );
  const joinSeconds = (performance.now() - joinStarted) / 1000;
  const joined = bots.filter((bot) => bot.room !== null);

  await sleep(settings.settleSeconds * 1000);

  // The steady window.
  for (const bot of bots) bot.takeBytes();
  const serverFrom = sampleCpu(settings.serverPid);
  const benchFrom = sampleCpu(process.pid);
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  probe.measuring = true;
  await sleep(settings.windowSeconds * 1000);
  probe.measuring = false;
  loopDelay.disable();
  const serverTo = sampleCpu(settings.serverPid);
  const benchTo = sampleCpu(process.pid);
  const bytes = bots.reduce((sum, bot) => sum + bot.takeBytes(), 0);
  const connected = joined.filter((bot) => bot.room?.connection.isOpen).length;
  const serverRssMb = rssMegabytes(settings.serverPid);
  const inView = joined.reduce((sum, bot) => sum + avatarsInView(bot), 0);

  probe.stop();
  for (const stop of stops) stop();
  await Promise.all(bots.map((bot) => bot.leave()));

  return {
    joined: joined.length,
    joinSeconds,
    rooms: new Set(joined.map((bot) => bot.room?.roomId)).size,
    readyPairs: probe.readyPairs,
    probes: probe.samples.length,
    lostProbes: probe.lost,
    unseenProbes: probe.unseen,
    p50: probe.percentile(50),
    p99: probe.percentile(99),
    kibPerClientSecond: bytes / 1024 / settings.windowSeconds / Math.max(1, connected),
    meanInView: inView / Math.max(1, joined.length),
    refusals: bots.reduce((sum, bot) => sum + bot.refusals, 0),
    serverCpuPercent: cpuPercent(serverFrom, serverTo),
    serverRssMb,
    benchCpuPercent: cpuPercent(benchFrom, benchTo),
    benchLoopDelayP99Ms: loopDelay.percentile(99) / 1e6,
    errors,
  };
}

/** Avatars a bot sees; none before its room's first state patch arrives. */
function avatarsInView(bot: Bot): number {
  const avatars: BotRoom['state']['avatars'] | undefined = bot.room?.state.avatars;
  return avatars?.size ?? 0;
}
