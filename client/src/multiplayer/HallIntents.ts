/**
 * What the visitor asks their avatar to do, applied to the local prediction at once and sent
 * to the server as intents (never positions). Directions go out only when they change; walkTo
 * is planned locally with the same findPath as the server (so the path on the floor is the
 * one walked) and throttled within the server's pathfinding budget.
 */
import {
  findPath,
  isWalkable,
  type HallMessage,
  type HallMessageType,
  type Vec2,
} from '@salon/shared';
import { sameDirection } from '../player/keyboardIntent.ts';
import { showNotice } from './hallLiveStore.ts';
import type { HallWorldSync } from './hallWorldSync.ts';
import { TrailingThrottle } from './trailingThrottle.ts';

export type WalkResult = 'walking' | 'notWalkable' | 'unreachable' | 'notReady';

type Send = <Type extends HallMessageType>(type: Type, payload: HallMessage<Type>) => boolean;

/** The server allows 2 walkTo a second. */
const WALK_TO_INTERVAL_MS = 550;
const STILL: Vec2 = { x: 0, y: 0 };

export class HallIntents {
  readonly #sync: HallWorldSync;
  readonly #send: Send;
  readonly #walkTo: TrailingThrottle<Vec2>;
  #direction: Vec2 = STILL;

  constructor(sync: HallWorldSync, send: (type: HallMessageType, payload: object) => boolean) {
    this.#sync = sync;
    this.#send = send;
    this.#walkTo = new TrailingThrottle(WALK_TO_INTERVAL_MS, (goal) => {
      this.#send('walkTo', goal);
    });
  }

  /** Walk in a direction (keyboard, joystick); zero stops. Repeats are not sent. */
  move(direction: Vec2): void {
    if (sameDirection(direction, this.#direction)) return;
    this.#direction = direction;
    this.#walkTo.cancel();
    const still = direction.x === 0 && direction.y === 0;
    this.#sync.setIntent(still ? { kind: 'idle' } : { kind: 'direction', ...direction }, now());
    this.#send('move', { x: clampAxis(direction.x), y: clampAxis(direction.y) });
  }

  /** Walk along the alleys to a floor point (a click on the floor, a stand's entrance). */
  walkTo(goal: Vec2): WalkResult {
    const self = this.#sync.self;
    if (!self) return 'notReady';
    if (!isWalkable(this.#sync.collision, goal)) return 'notWalkable';
    const path = findPath(this.#sync.graph, self.motion, goal);
    if (!path.ok) return 'unreachable';
    this.#direction = STILL;
    this.#sync.setIntent({ kind: 'path', points: path.points, next: 0 }, now());
    this.#walkTo.push({ x: goal.x, y: goal.y });
    return 'walking';
  }

  stop(): void {
    this.#direction = STILL;
    this.#walkTo.cancel();
    this.#sync.setIntent({ kind: 'idle' }, now());
    this.#send('stop', {});
  }

  enterStand(standId: string): boolean {
    this.#sync.setIntent({ kind: 'idle' }, now());
    this.#direction = STILL;
    return this.#send('enterStand', { standId });
  }

  leaveStand(): void {
    this.#send('leaveStand', {});
  }

  /** The server's `refused` message: undo what we predicted and say why. */
  refused(message: unknown): void {
    const type = typeof message === 'object' && message && 'type' in message ? message.type : null;
    if (type === 'walkTo') {
      this.#sync.setIntent({ kind: 'idle' }, now());
      showNotice('walkRefused');
    } else if (type === 'enterStand') {
      showNotice('standOutOfReach');
    }
  }

  dispose(): void {
    this.#walkTo.cancel();
  }
}

/** The protocol bounds each axis to [-1, 1]; rounding must never push one past it. */
function clampAxis(value: number): number {
  return Math.min(1, Math.max(-1, value));
}

function now(): number {
  return performance.now();
}
