/**
 * The own avatar, predicted: it moves the moment a key is pressed, with the same `stepAvatar`
 * and collision world as the server, then is reconciled with where the server says it is.
 *
 * The server's position arrives a round trip late, so it is compared with where we were
 * recently (the closest point of the last HISTORY_MS of our own path), not with where we are
 * now. A small difference is blended in over CORRECTION_SECONDS (and applied to that history
 * too, so the next patch does not correct it twice); a large one is a snap.
 */
import {
  collide,
  isMoving,
  stepAvatar,
  type CollisionWorld,
  type Motion,
  type MotionIntent,
  type Vec2,
} from '@salon/shared';

interface Sample {
  t: number;
  x: number;
  y: number;
}

/** Longer than any round trip on a usable connection, short enough to spot disagreement. */
export const HISTORY_MS = 600;
/** Differences below this are quantization (10 cm per axis) and timing noise, left alone. */
export const TOLERANCE_METRES = 0.12;
/** Beyond this the prediction was wrong, not late: jump to the server's position. */
export const SNAP_METRES = 3;
const CORRECTION_SECONDS = 0.15;
/** At rest, settle exactly where the server says once the rest is this far off. */
const REST_TOLERANCE_METRES = 0.001;

export class SelfPredictor {
  #motion: Motion;
  #world: CollisionWorld;
  #history: Sample[] = [];
  #pending = { x: 0, y: 0 };
  #intentAt = -Infinity;

  constructor(world: CollisionWorld, start: Vec2, heading = 0) {
    this.#world = world;
    this.#motion = { x: start.x, y: start.y, heading, intent: { kind: 'idle' } };
  }

  get motion(): Motion {
    return this.#motion;
  }

  get moving(): boolean {
    return isMoving(this.#motion);
  }

  /** A new collision world after a layout change; the avatar stays where it is. */
  setWorld(world: CollisionWorld): void {
    this.#world = world;
  }

  setIntent(intent: MotionIntent, now: number): void {
    this.#motion = { ...this.#motion, intent };
    this.#intentAt = now;
  }

  /** Moves the avatar `seconds` forward at time `now` (ms) and blends in pending correction. */
  advance(seconds: number, now: number): void {
    let motion = stepAvatar(this.#motion, seconds, this.#world);
    const blend = 1 - Math.exp(-seconds / CORRECTION_SECONDS);
    const dx = this.#pending.x * blend;
    const dy = this.#pending.y * blend;
    if (dx !== 0 || dy !== 0) {
      // Corrections slide along stands like any step, so they never push the avatar into one.
      const corrected = collide(this.#world, motion, { x: dx, y: dy });
      motion = { ...motion, x: corrected.x, y: corrected.y };
      this.#pending.x -= dx;
      this.#pending.y -= dy;
      for (const sample of this.#history) {
        sample.x += dx;
        sample.y += dy;
      }
    }
    this.#motion = motion;
    this.#history.push({ t: now, x: motion.x, y: motion.y });
    while ((this.#history[0]?.t ?? now) < now - HISTORY_MS) this.#history.shift();
  }

  /**
   * Takes the server's word for where the avatar is. `serverWalking` is whether the server
   * still has it walking: when it stopped us (blocked path, a refused intent) long after our
   * last intent, we stop too instead of walking on alone.
   */
  reconcile(server: Vec2, serverWalking: boolean, now: number): void {
    if (!serverWalking && this.moving && now - this.#intentAt > HISTORY_MS) {
      this.#motion = { ...this.#motion, intent: { kind: 'idle' } };
    }
    const reference = this.#closestRecent(server);
    const ex = server.x - reference.x;
    const ey = server.y - reference.y;
    const error = Math.hypot(ex, ey);
    if (error > SNAP_METRES) {
      this.#motion = { ...this.#motion, x: server.x, y: server.y };
      this.#history = [];
      this.#pending = { x: 0, y: 0 };
      return;
    }
    const atRest = !this.moving && !serverWalking;
    const tolerance = atRest ? REST_TOLERANCE_METRES : TOLERANCE_METRES;
    this.#pending = error > tolerance ? { x: ex, y: ey } : { x: 0, y: 0 };
  }

  /** Puts the avatar somewhere outright (joining, rejoining a fresh room). */
  reset(position: Vec2, heading: number): void {
    this.#motion = { x: position.x, y: position.y, heading, intent: { kind: 'idle' } };
    this.#history = [];
    this.#pending = { x: 0, y: 0 };
  }

  #closestRecent(point: Vec2): Vec2 {
    let best: Vec2 = this.#motion;
    let bestDistance = Math.hypot(point.x - best.x, point.y - best.y);
    for (const sample of this.#history) {
      const gap = Math.hypot(point.x - sample.x, point.y - sample.y);
      if (gap < bestDistance) {
        best = sample;
        bestDistance = gap;
      }
    }
    return best;
  }
}
