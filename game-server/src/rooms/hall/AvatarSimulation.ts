/**
 * The authoritative movement of one room's avatars. Each avatar's exact Motion (floats) is kept
 * here and stepped with the shared stepAvatar at the room's fixed tick, so the client predicts
 * with the same code; the synchronised Avatar gets the quantized position, heading and state
 * only when they change, so a standing crowd costs no bytes. Stand visits and occupancy live here
 * too: walking away from a stand is a movement rule.
 */
import {
  AVATAR_STATES,
  MOVEMENT,
  distance,
  findPath,
  isWalkable,
  quantize,
  quantizeHeading,
  standEntrance,
  stepAvatar,
  type AvatarState,
  type Motion,
  type MotionIntent,
  type Vec2,
} from '@salon/shared';
import { Avatar, type HallState } from './HallState.ts';
import type { RoomLayout } from './roomLayout.ts';

export type Refusal =
  | 'unknownStand'
  | 'outOfReach'
  | 'goalNotWalkable'
  | 'startOffGraph'
  | 'goalOffGraph'
  | 'unreachable';

export interface AvatarIdentity {
  readonly userId: string;
  readonly name: string;
  readonly role: string;
  readonly color: string;
}

interface Body {
  motion: Motion;
  readonly avatar: Avatar;
  standId: string | null;
}

const IDLE: MotionIntent = { kind: 'idle' };
const STATE_INDEX = Object.fromEntries(AVATAR_STATES.map((name, index) => [name, index])) as Record<
  AvatarState,
  number
>;

export class AvatarSimulation {
  readonly #layout: RoomLayout;
  readonly #state: HallState;
  readonly #bodies = new Map<string, Body>();

  constructor(layout: RoomLayout, state: HallState) {
    this.#layout = layout;
    this.#state = state;
  }

  get size(): number {
    return this.#bodies.size;
  }

  add(id: string, identity: AvatarIdentity, at: Vec2): Avatar {
    const avatar = new Avatar({ ...identity, x: 0, y: 0, heading: 0, state: 0, standId: '' });
    const body: Body = {
      motion: { x: at.x, y: at.y, heading: 0, intent: IDLE },
      avatar,
      standId: null,
    };
    write(body);
    this.#bodies.set(id, body);
    this.#state.avatars.set(id, avatar);
    this.#state.population = this.#bodies.size;
    return avatar;
  }

  remove(id: string): void {
    const body = this.#bodies.get(id);
    if (!body) return;
    this.#leaveStand(body);
    this.#bodies.delete(id);
    this.#state.avatars.delete(id);
    this.#state.population = this.#bodies.size;
  }

  position(id: string): Vec2 | undefined {
    return this.#bodies.get(id)?.motion;
  }

  /** Calls `visit` with every avatar's exact position; for interest management and density. */
  forEach(visit: (id: string, x: number, y: number, avatar: Avatar) => void): void {
    for (const [id, body] of this.#bodies) visit(id, body.motion.x, body.motion.y, body.avatar);
  }

  /** Walk in a direction; a longer vector than 1 is cut to walking speed, zero stops. */
  direct(id: string, x: number, y: number): void {
    const body = this.#bodies.get(id);
    if (!body) return;
    const length = Math.hypot(x, y);
    if (length < 1e-6) {
      this.#setIntent(body, IDLE);
      return;
    }
    const scale = length > 1 ? 1 / length : 1;
    this.#leaveStand(body);
    this.#setIntent(body, { kind: 'direction', x: x * scale, y: y * scale });
  }

  /** Walk along the alleys to a point; the same findPath the client shows on the floor. */
  walkTo(id: string, goal: Vec2): Refusal | null {
    const body = this.#bodies.get(id);
    if (!body) return null;
    if (!isWalkable(this.#layout.world, goal)) return 'goalNotWalkable';
    const path = findPath(this.#layout.graph, body.motion, goal);
    if (!path.ok) return path.reason;
    this.#leaveStand(body);
    this.#setIntent(body, { kind: 'path', points: path.points, next: 0 });
    return null;
  }

  stop(id: string): void {
    const body = this.#bodies.get(id);
    if (body) this.#setIntent(body, IDLE);
  }

  enterStand(id: string, standId: string): Refusal | null {
    const body = this.#bodies.get(id);
    if (!body) return null;
    const stand = this.#layout.stands.get(standId);
    if (!stand) return 'unknownStand';
    if (distance(body.motion, standEntrance(stand)) > MOVEMENT.standReach) return 'outOfReach';
    if (body.standId === standId) return null;
    this.#leaveStand(body);
    body.standId = standId;
    body.avatar.standId = standId;
    this.#changeOccupancy(standId, 1);
    this.#setIntent(body, IDLE);
    return null;
  }

  leaveStand(id: string): void {
    const body = this.#bodies.get(id);
    if (!body) return;
    this.#leaveStand(body);
    write(body);
  }

  /** One fixed tick: only avatars with an intent move, and only changed fields are written. */
  step(seconds: number): void {
    const world = this.#layout.world;
    for (const body of this.#bodies.values()) {
      if (body.motion.intent.kind === 'idle') continue;
      body.motion = stepAvatar(body.motion, seconds, world);
      write(body);
    }
  }

  #setIntent(body: Body, intent: MotionIntent): void {
    body.motion = { ...body.motion, intent };
    write(body);
  }

  #leaveStand(body: Body): void {
    if (body.standId === null) return;
    this.#changeOccupancy(body.standId, -1);
    body.standId = null;
    body.avatar.standId = '';
  }

  #changeOccupancy(standId: string, delta: number): void {
    const occupancy = this.#state.standOccupancy;
    const count = (occupancy.get(standId) ?? 0) + delta;
    // Empty stands are left out, so the map stays as small as the crowd.
    if (count > 0) occupancy.set(standId, count);
    else occupancy.delete(standId);
  }
}

function stateOf(body: Body): AvatarState {
  if (body.standId !== null) return 'atStand';
  return body.motion.intent.kind === 'idle' ? 'idle' : 'walking';
}

function write(body: Body): void {
  const { avatar, motion } = body;
  const x = quantize(motion.x);
  const y = quantize(motion.y);
  const heading = quantizeHeading(motion.heading);
  const state = STATE_INDEX[stateOf(body)];
  if (avatar.x !== x) avatar.x = x;
  if (avatar.y !== y) avatar.y = y;
  if (avatar.heading !== heading) avatar.heading = heading;
  if (avatar.state !== state) avatar.state = state;
}
