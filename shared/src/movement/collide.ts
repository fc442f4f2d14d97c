/**
 * Moves an avatar's square from `from` by `delta`, stopping at walls and stands. Each axis is
 * resolved on its own, so an avatar pushed diagonally into a stand slides along its side.
 * Steps are short (speed × tick is well under the avatar's size), so nothing is tunnelled.
 */
import type { Vec2 } from '../geometry/vec2.ts';
import { boxesNear, type CollisionWorld } from './collisionWorld.ts';
import { MOVEMENT } from './movementRules.ts';

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function overlapsAny(world: CollisionWorld, x: number, y: number, radius: number): number | null {
  for (const index of boxesNear(world, x, y, radius)) {
    const box = world.boxes[index];
    if (
      box &&
      x + radius > box.minX &&
      x - radius < box.maxX &&
      y + radius > box.minY &&
      y - radius < box.maxY
    ) {
      return index;
    }
  }
  return null;
}

function moveAxis(
  world: CollisionWorld,
  position: { x: number; y: number },
  axis: 'x' | 'y',
  amount: number,
  radius: number,
): void {
  if (amount === 0) return;
  const limit = axis === 'x' ? world.floor.width : world.floor.depth;
  const target = clamp(position[axis] + amount, radius, limit - radius);
  // An avatar already inside a stand (a layout changed under it) may always walk out.
  if (overlapsAny(world, position.x, position.y, radius) !== null) {
    position[axis] = target;
    return;
  }
  const next = { ...position, [axis]: target };
  const hit = overlapsAny(world, next.x, next.y, radius);
  if (hit === null) {
    position[axis] = target;
    return;
  }
  const box = world.boxes[hit];
  if (!box) return;
  // Stop flush against the side of the stand we were moving towards.
  const min = axis === 'x' ? box.minX : box.minY;
  const max = axis === 'x' ? box.maxX : box.maxY;
  const flush = amount > 0 ? min - radius : max + radius;
  const allowed = amount > 0 ? Math.min(target, flush) : Math.max(target, flush);
  if (
    overlapsAny(
      world,
      axis === 'x' ? allowed : position.x,
      axis === 'y' ? allowed : position.y,
      radius,
    ) === null
  ) {
    position[axis] =
      amount > 0 ? Math.max(position[axis], allowed) : Math.min(position[axis], allowed);
  }
}

export function collide(
  world: CollisionWorld,
  from: Vec2,
  delta: Vec2,
  radius: number = MOVEMENT.avatarRadius,
): Vec2 {
  const position = { x: from.x, y: from.y };
  moveAxis(world, position, 'x', delta.x, radius);
  moveAxis(world, position, 'y', delta.y, radius);
  return position;
}

/** True when an avatar could stand at this point: on the floor and not inside a stand. */
export function isWalkable(
  world: CollisionWorld,
  point: Vec2,
  radius: number = MOVEMENT.avatarRadius,
): boolean {
  return (
    point.x >= radius &&
    point.y >= radius &&
    point.x <= world.floor.width - radius &&
    point.y <= world.floor.depth - radius &&
    overlapsAny(world, point.x, point.y, radius) === null
  );
}
