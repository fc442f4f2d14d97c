/**
 * One visitor's presence in one hall: gets a session, joins a `hall` room (joinOrCreate, so a
 * full room is transparently followed by another of the same hall), keeps the HallWorld in sync
 * and runs its frame loop, and stays connected. Drops are healed by the SDK's reconnection
 * (same room, same avatar, within the server's window); anything worse is a fresh join with
 * backoff, or "offline" with a reason and a retry. The status goes to useHallLive in plain states.
 */
import { Client, type Room } from '@colyseus/sdk';
import { HALL_ROOM, type PublishedLayout } from '@salon/shared';
import { bindHallState } from './bindHallState.ts';
import { getSession } from '../session/session.ts';
import { useSessionStore } from '../session/sessionStore.ts';
import { HallIntents } from './HallIntents.ts';
import { showNotice, useHallLive, type ConnectionProblem } from './hallLiveStore.ts';
import type { HallStateSchema } from './hallStateSchema.ts';
import { HallWorldSync } from './hallWorldSync.ts';
import { actionOnLeave, problemOfJoinError } from './joinProblem.ts';

/** Fresh joins after losing the room, before calling it offline. */
const REJOIN_DELAYS_MS = [500, 1500, 4000, 8000];
/** While offline, try again by itself this often (the visitor can also press "Retry"). */
const OFFLINE_RETRY_MS = 15_000;

type HallRoom = Room<unknown, HallStateSchema>;

export class HallConnection {
  readonly hallId: string;
  readonly sync: HallWorldSync;
  readonly intents: HallIntents;
  readonly #client: Client;
  #room: HallRoom | null = null;
  #unbind: (() => void) | null = null;
  #disposed = false;
  #joining = false;
  #rejoinWanted = false;
  #rejoinAttempt = 0;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #frame = 0;
  #lastFrameAt = 0;
  readonly #onOnline = () => {
    if (useHallLive.getState().status === 'offline') this.retry();
  };
  /** Closing the tab leaves at once, so others do not see an avatar waiting to reconnect. */
  readonly #onPageHide = (event: PageTransitionEvent) => {
    if (!event.persisted) void this.#room?.leave(true);
  };

  constructor(published: PublishedLayout, endpoint: string) {
    this.hallId = published.hallId;
    this.sync = new HallWorldSync(published);
    this.#client = new Client(endpoint);
    this.intents = new HallIntents(this.sync, (type, payload) => this.#send(type, payload));
    useHallLive.getState().reset(this.hallId);
  }

  start(): void {
    window.addEventListener('online', this.#onOnline);
    window.addEventListener('pagehide', this.#onPageHide);
    this.#lastFrameAt = performance.now();
    this.#frame = requestAnimationFrame(this.#tick);
    void this.#join(false);
  }

  /** "Retry" after going offline: a fresh join (the server has let the old avatar go by then). */
  retry(): void {
    this.#clearTimer();
    this.#rejoinAttempt = 0;
    void this.#join(false);
  }

  /**
   * Joins again with the current session (the visitor signed in or out, or changed their name).
   * During a join, waits for it: a join that used an older token is then redone.
   */
  rejoin(): void {
    if (this.#joining) {
      this.#rejoinWanted = true;
      return;
    }
    const room = this.#room;
    this.#detach();
    this.#room = null;
    if (room) void room.leave(true);
    this.retry();
  }

  dispose(): void {
    this.#disposed = true;
    this.#clearTimer();
    cancelAnimationFrame(this.#frame);
    window.removeEventListener('online', this.#onOnline);
    window.removeEventListener('pagehide', this.#onPageHide);
    this.intents.dispose();
    this.#detach();
    const room = this.#room;
    this.#room = null;
    if (room) void room.leave(true);
  }

  setLayout(published: PublishedLayout): void {
    this.sync.setLayout(published);
  }

  readonly #tick = (now: number) => {
    const seconds = Math.min(0.25, Math.max(0, (now - this.#lastFrameAt) / 1000));
    this.#lastFrameAt = now;
    this.sync.frame(now, seconds);
    const near = this.sync.world.nearStandId;
    if (near !== useHallLive.getState().nearStandId) useHallLive.setState({ nearStandId: near });
    this.#frame = requestAnimationFrame(this.#tick);
  };

  #send(type: string, payload: object): boolean {
    const room = this.#room;
    const status = useHallLive.getState().status;
    // While reconnecting the SDK queues a few messages and sends them once back.
    if (!room || (status !== 'connected' && status !== 'reconnecting')) {
      showNotice('notConnected');
      return false;
    }
    room.send(type, payload);
    return true;
  }

  async #join(renew: boolean): Promise<void> {
    if (this.#disposed || this.#joining) return;
    this.#joining = true;
    const live = useHallLive.getState();
    live.setStatus(this.#rejoinAttempt > 0 ? 'reconnecting' : 'connecting');
    try {
      const session = await getSession({ renew });
      this.#client.auth.token = session.token;
      const room = await this.#client.joinOrCreate<HallStateSchema>(HALL_ROOM, {
        hallId: this.hallId,
      });
      this.#joining = false;
      if (this.#isDisposed()) {
        void room.leave(true);
        return;
      }
      this.#attach(room);
      if (this.#takeRejoinWish() && this.#client.auth.token !== useSessionStore.getState().token) {
        this.rejoin();
      }
    } catch (error) {
      this.#joining = false;
      // The retries below get the current session anyway.
      this.#takeRejoinWish();
      if (this.#isDisposed()) return;
      const problem = problemOfJoinError(error);
      if (problem === 'sessionRefused' && !renew) {
        await this.#join(true);
        return;
      }
      this.#lost(problem);
    }
  }

  #takeRejoinWish(): boolean {
    const wanted = this.#rejoinWanted;
    this.#rejoinWanted = false;
    return wanted;
  }

  /** Read through a method: `dispose` may run while a join is awaited. */
  #isDisposed(): boolean {
    return this.#disposed;
  }

  #attach(room: HallRoom): void {
    this.#detach();
    this.#room = room;
    this.#rejoinAttempt = 0;
    this.sync.clear();
    // Reconnect even right after joining, and for about a minute of backoff in all.
    room.reconnection.minUptime = 1000;
    room.reconnection.maxRetries = 12;
    room.reconnection.maxDelay = 5000;
    this.#unbind = bindHallState(room, this.sync);
    room.onMessage('refused', (message: unknown) => this.intents.refused(message));
    room.onDrop(() => useHallLive.getState().setStatus('reconnecting'));
    room.onReconnect(() => useHallLive.getState().setStatus('connected'));
    room.onLeave((code) => this.#left(room, code));
    useHallLive.getState().setStatus('connected');
  }

  #detach(): void {
    this.#unbind?.();
    this.#unbind = null;
  }

  #left(room: HallRoom, code: number): void {
    if (this.#disposed || room !== this.#room) return;
    this.#detach();
    this.#room = null;
    const action = actionOnLeave(code);
    if (action.kind === 'stay') useHallLive.getState().setStatus('idle');
    else if (action.kind === 'renew') void this.#join(true);
    else if (action.kind === 'fail') this.#offline(action.problem);
    else this.#lost('network');
  }

  /** Lost the room or could not join: a few quick fresh joins, then offline. */
  #lost(problem: ConnectionProblem): void {
    const retryable = problem === 'network' || problem === 'unknown';
    const delay = REJOIN_DELAYS_MS[this.#rejoinAttempt];
    if (!retryable || delay === undefined) {
      this.#offline(problem);
      return;
    }
    this.#rejoinAttempt += 1;
    useHallLive.getState().setStatus('reconnecting', problem);
    this.#schedule(delay, () => void this.#join(false));
  }

  #offline(problem: ConnectionProblem): void {
    this.#rejoinAttempt = 0;
    this.sync.clear();
    useHallLive.getState().setStatus('offline', problem);
    if (problem === 'network' || problem === 'unknown')
      this.#schedule(OFFLINE_RETRY_MS, () => this.retry());
  }

  #schedule(delay: number, run: () => void): void {
    this.#clearTimer();
    this.#timer = setTimeout(() => {
      this.#timer = null;
      run();
    }, delay);
  }

  #clearTimer(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
  }
}
