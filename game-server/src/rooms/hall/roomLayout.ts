/**
 * What a hall room needs from the published layout, built once when the room is created: the
 * alley graph for walkTo, the collision world for stepping, stands by id for enterStand, and
 * where visitors appear. Pure: the room fetches the layout, this only derives from it.
 */
import {
  buildAlleyGraph,
  buildCollisionWorld,
  isWalkable,
  type AlleyGraph,
  type CollisionWorld,
  type HallFloor,
  type PublishedLayout,
  type Stand,
  type Vec2,
} from '@salon/shared';

export interface RoomLayout {
  readonly hallId: string;
  readonly version: number;
  readonly floor: HallFloor;
  readonly stands: ReadonlyMap<string, Stand>;
  readonly graph: AlleyGraph;
  readonly world: CollisionWorld;
  /** Never empty: the layout's spawn points, or the start of its first alley. */
  readonly spawnPoints: readonly Vec2[];
}

/** How far from its spawn point a new avatar may appear, so a crowd does not stack up. */
export const SPAWN_JITTER_METRES = 1.5;
const SPAWN_ATTEMPTS = 8;

export function buildRoomLayout(published: PublishedLayout): RoomLayout {
  const { layout, floor } = published;
  const firstAlley = layout.alleys[0];
  const spawnPoints: Vec2[] =
    layout.spawnPoints.length > 0
      ? layout.spawnPoints.map(({ x, y }) => ({ x, y }))
      : [firstAlley ? firstAlley.from : { x: floor.width / 2, y: floor.depth / 2 }];
  return {
    hallId: published.hallId,
    version: published.version,
    floor,
    stands: new Map(layout.stands.map((stand) => [stand.id, stand])),
    graph: buildAlleyGraph(layout.alleys),
    world: buildCollisionWorld(floor, layout.stands),
    spawnPoints,
  };
}

/**
 * A walkable point near a random spawn point. `random` returns [0, 1) like Math.random; tests
 * pass their own. Falls back to the spawn point itself when no jittered point is walkable.
 */
export function pickSpawn(layout: RoomLayout, random: () => number = Math.random): Vec2 {
  const index = Math.min(
    layout.spawnPoints.length - 1,
    Math.floor(random() * layout.spawnPoints.length),
  );
  const base = layout.spawnPoints[index] ?? layout.spawnPoints[0] ?? { x: 0, y: 0 };
  for (let attempt = 0; attempt < SPAWN_ATTEMPTS; attempt += 1) {
    const candidate = {
      x: base.x + (random() * 2 - 1) * SPAWN_JITTER_METRES,
      y: base.y + (random() * 2 - 1) * SPAWN_JITTER_METRES,
    };
    if (isWalkable(layout.world, candidate)) return candidate;
  }
  return base;
}
