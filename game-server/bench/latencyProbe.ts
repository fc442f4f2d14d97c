/**
 * Intent-to-screen latency, measured between bots paired on purpose: an observer stands near a
 * walker; the walker, standing still, sends a fresh `move` (timestamped here, in the bench
 * process); the sample ends when the observer's decoded state first shows the walker's position
 * change. Probes are only started while the observer sees the walker idle, so the change can
 * only come from that move; a probe during which the walker drops out of the observer's view (a
 * crowd pushed it out of the nearest few) is discarded. Probes unanswered within
 * PROBE_TIMEOUT_MS count as lost.
 */
import { AVATAR_STATES, dequantize, distance } from '@salon/shared';
import type { AlleyPoint } from './alleyPoints.ts';
import type { Bot } from './Bot.ts';

const IDLE = AVATAR_STATES.indexOf('idle');
const PROBE_EVERY_MS = 1500;
const STEP_MS = 400;
const PROBE_TIMEOUT_MS = 2000;
const OBSERVER_OFFSET_METRES = 2.5;

export class LatencyProbe {
  readonly samples: number[] = [];
  lost = 0;
  /** Probes dropped because the walker left the observer's view meanwhile. */
  unseen = 0;
  readyPairs = 0;
  measuring = false;
  readonly #stops: (() => void)[] = [];

  /** Sends both bots to the meeting point, then probes until `stop`. */
  addPair(walker: Bot, observer: Bot, meeting: AlleyPoint, random: () => number): void {
    const walkerRoom = walker.room;
    const observerRoom = observer.room;
    if (!walkerRoom || !observerRoom || walkerRoom.roomId !== observerRoom.roomId) return;
    walker.send('walkTo', { x: meeting.x, y: meeting.y });
    observer.send('walkTo', {
      x: meeting.x + meeting.along.x * OBSERVER_OFFSET_METRES,
      y: meeting.y + meeting.along.y * OBSERVER_OFFSET_METRES,
    });

    let pending: { at: number; x: number; y: number } | null = null;
    let sign = 1;
    let running = true;
    let timer: NodeJS.Timeout | undefined;
    const walkerSeen = () => observerRoom.state.avatars.get(walkerRoom.sessionId);

    observerRoom.onStateChange(() => {
      const seen = walkerSeen();
      if (pending && !seen) {
        if (this.measuring) this.unseen += 1;
        pending = null;
      }
      if (!pending || !seen || (seen.x === pending.x && seen.y === pending.y)) return;
      if (this.measuring) this.samples.push(performance.now() - pending.at);
      pending = null;
    });

    const probe = (): void => {
      if (!running) return;
      if (pending && performance.now() - pending.at > PROBE_TIMEOUT_MS) {
        if (this.measuring) this.lost += 1;
        pending = null;
      }
      const seen = walkerSeen();
      if (!pending && seen && seen.state === IDLE) {
        pending = { at: performance.now(), x: seen.x, y: seen.y };
        walker.send('move', { x: meeting.along.x * sign, y: meeting.along.y * sign });
        sign = -sign;
        setTimeout(() => walker.send('stop'), STEP_MS);
      }
      timer = setTimeout(probe, PROBE_EVERY_MS + random() * 200);
    };

    const waitUntilMet = (): void => {
      if (!running) return;
      const own = walkerRoom.state.avatars.get(walkerRoom.sessionId);
      const met =
        own !== undefined &&
        own.state === IDLE &&
        distance({ x: dequantize(own.x), y: dequantize(own.y) }, meeting) < 1.5 &&
        walkerSeen() !== undefined;
      if (met) {
        this.readyPairs += 1;
        probe();
      } else {
        timer = setTimeout(waitUntilMet, 500);
      }
    };
    waitUntilMet();
    this.#stops.push(() => {
      running = false;
      clearTimeout(timer);
    });
  }

  stop(): void {
    for (const stop of this.#stops) stop();
  }

  percentile(p: number): number {
    if (this.samples.length === 0) return Number.NaN;
    const sorted = [...this.samples].sort((a, b) => a - b);
    return (
      sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
    );
  }
}
