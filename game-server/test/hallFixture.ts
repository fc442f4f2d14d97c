/** The demo fair's hall-1, which the room tests walk around in, read from the seed itself. */
import { loadDemoFair } from '@salon/assets/seed';
import {
  MOVEMENT,
  distanceToSegment,
  standBox,
  standEntrance,
  type Aabb,
  type Stand,
  type Vec2,
} from '@salon/shared';
import { HallState } from '../src/rooms/hall/HallState.ts';
import { buildRoomLayout, type RoomLayout } from '../src/rooms/hall/roomLayout.ts';

function demoHall(id: string) {
  const found = loadDemoFair().halls.find(({ hall }) => hall.id === id);
  if (!found) throw new Error(`The demo fair has no ${id}`);
  return found;
}

const hall1 = demoHall('hall-1');

/** hall-1 as a room builds it from its published layout. */
export function hall1Layout(): RoomLayout {
  return buildRoomLayout({
    hallId: hall1.hall.id,
    version: 1,
    publishedAt: '2026-04-26T09:00:00.000Z',
    floor: hall1.hall.floor,
    layout: hall1.layout,
  });
}

export function emptyHallState(): HallState {
  return new HallState({ hallId: 'hall-1', layoutVersion: 1, population: 0, densityColumns: 0 });
}

export function standOf(id: string): { stand: Stand; box: Aabb; entrance: Vec2 } {
  const stand = hall1.layout.stands.find((candidate) => candidate.id === id);
  if (!stand) throw new Error(`No stand ${id} in hall-1`);
  return { stand, box: standBox(stand), entrance: standEntrance(stand) };
}

/** True when the point lies in some alley's corridor (half its width from the centre line). */
export function onAlley(point: Vec2, tolerance = 0.2): boolean {
  return hall1.layout.alleys.some(
    (alley) => distanceToSegment(alley, point) <= alley.width / 2 + tolerance,
  );
}

/**
 * How deep an avatar's square at `point` reaches into `box`, metres; zero or less when it does
 * not touch it. Avatars are squares of MOVEMENT.avatarRadius against stands.
 */
export function penetration(box: Aabb, point: Vec2): number {
  const r = MOVEMENT.avatarRadius;
  return Math.min(
    point.x + r - box.minX,
    box.maxX - (point.x - r),
    point.y + r - box.minY,
    box.maxY - (point.y - r),
  );
}
