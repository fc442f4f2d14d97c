/**
 * One simulation step of one avatar: walk in a direction, or along a path of waypoints, at no
 * more than the walking speed, stopped by walls and stands. Pure: the server steps every
 * avatar with it at a fixed tick, and the client predicts its own avatar with the same code.
 */
import { distance, type Vec2 } from '../geometry/vec2.ts';
import { collide } from './collide.ts';
import type { CollisionWorld } from './collisionWorld.ts';
import { MOVEMENT } from './movementRules.ts';

export type MotionIntent =
  | { readonly kind: 'idle' }
  /** A direction on the floor; its length (at most 1) is the fraction of walking speed. */
  | { readonly kind: 'direction'; readonly x: number; readonly y: number }
  /** Waypoints to walk through in order; `next` is the one being walked to. */
  | { readonly kind: 'path'; readonly points: readonly Vec2[]; readonly next: number };

export interface Motion {
  readonly x: number;
  readonly y: number;
  /** Facing, radians from +x towards +y. */
  readonly heading: number;
  readonly intent: MotionIntent;
}

/** Longer steps (a stalled timer) are cut so that nobody ever jumps. */
const MAX_STEP_SECONDS = 0.25;
const STUCK_EPSILON = 1e-4;
const IDLE: MotionIntent = { kind: 'idle' };

export function isMoving(motion: Motion): boolean {
  return motion.intent.kind !== 'idle';
}

function stepDirection(
  motion: Motion,
  intent: { x: number; y: number },
  seconds: number,
  world: CollisionWorld,
): Motion {
  const length = Math.hypot(intent.x, intent.y);
  if (length < 1e-6) return { ...motion, intent: IDLE };
  const scale = (Math.min(length, 1) / length) * MOVEMENT.walkSpeed * seconds;
  const next = collide(world, motion, { x: intent.x * scale, y: intent.y * scale });
  return { ...motion, x: next.x, y: next.y, heading: Math.atan2(intent.y, intent.x) };
}

function stepPath(
  motion: Motion,
  intent: { points: readonly Vec2[]; next: number },
  seconds: number,
  world: CollisionWorld,
): Motion {
  let budget = MOVEMENT.walkSpeed * seconds;
  let position: Vec2 = motion;
  let next = intent.next;
  let heading = motion.heading;
  while (budget > 0 && next < intent.points.length) {
    const target = intent.points[next];
    if (!target) break;
    const gap = distance(position, target);
    if (gap <= MOVEMENT.arriveDistance) {
      next += 1;
      continue;
    }
    const travel = Math.min(gap, budget);
    const direction = { x: (target.x - position.x) / gap, y: (target.y - position.y) / gap };
    const moved = collide(world, position, { x: direction.x * travel, y: direction.y * travel });
    heading = Math.atan2(direction.y, direction.x);
    const progress = distance(position, moved);
    position = moved;
    budget -= travel;
    // Blocked (a stand moved onto the path): give up rather than push forever. A step whose
    // own travel was tiny (a floating-point remainder of the budget) proves nothing.
    if (travel > STUCK_EPSILON && progress < STUCK_EPSILON) {
      return { x: position.x, y: position.y, heading, intent: IDLE };
    }
    if (travel >= gap) next += 1;
  }
  const arrived = next >= intent.points.length;
  return {
    x: position.x,
    y: position.y,
    heading,
    intent: arrived ? IDLE : { kind: 'path', points: intent.points, next },
  };
}

export function stepAvatar(motion: Motion, seconds: number, world: CollisionWorld): Motion {
  const step = Math.min(Math.max(seconds, 0), MAX_STEP_SECONDS);
  switch (motion.intent.kind) {
    case 'idle':
      return motion;
    case 'direction':
      return stepDirection(motion, motion.intent, step, world);
    case 'path':
      return stepPath(motion, motion.intent, step, world);
  }
}
