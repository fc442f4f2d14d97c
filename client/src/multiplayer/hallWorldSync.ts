/**
 * Keeps a HallWorld in step with the server: avatars appear, change and disappear as the
 * decoded state says; others are drawn from their snapshot buffers (a little in the past, so
 * smoothly), the own avatar from the predictor (ahead of the server, so responsive). `frame`
 * runs once per animation frame and is the only place positions in the world are written.
 * Knows nothing of Colyseus: `bindHallState` feeds it, so it is tested with plain objects.
 */
import {
  AVATAR_STATES,
  buildAlleyGraph,
  buildCollisionWorld,
  dequantize,
  dequantizeHeading,
  MOVEMENT,
  nearestStand,
  type AlleyGraph,
  type AvatarState,
  type CollisionWorld,
  type MotionIntent,
  type PublishedLayout,
} from '@salon/shared';
import { createHallWorld, type AvatarView, type HallWorld } from '../state/hallWorld.ts';
import { SelfPredictor } from './selfPredictor.ts';
import { INTERPOLATION_DELAY_MS, SnapshotBuffer } from './snapshotBuffer.ts';

/** The fields of a server avatar that the world shows (quantized, as they arrive). */
export interface AvatarFields {
  readonly userId: string;
  readonly name: string;
  readonly role: string;
  readonly color: string;
  readonly x: number;
  readonly y: number;
  readonly heading: number;
  readonly state: number;
  readonly standId: string;
}

/**
 * The prompt offers a stand this much inside the server's reach: the server's position trails
 * the prediction by a round trip, and "Enter" pressed the moment the prompt shows must not be
 * refused as out of reach.
 */
const PROMPT_MARGIN_METRES = 0.5;

function stateName(index: number): AvatarState {
  return AVATAR_STATES[index] ?? 'idle';
}

export class HallWorldSync {
  readonly world: HallWorld;
  #collision: CollisionWorld;
  #graph: AlleyGraph;
  #layoutVersion: number;
  #predictor: SelfPredictor | null = null;
  #serverSelfState: AvatarState = 'idle';
  readonly #buffers = new Map<string, SnapshotBuffer>();
  #pathNext = -1;

  constructor(published: PublishedLayout) {
    this.world = createHallWorld(published.hallId, published.floor, published.layout);
    this.#collision = buildCollisionWorld(published.floor, published.layout.stands);
    this.#graph = buildAlleyGraph(published.layout.alleys);
    this.#layoutVersion = published.version;
  }

  get graph(): AlleyGraph {
    return this.#graph;
  }

  get collision(): CollisionWorld {
    return this.#collision;
  }

  get layoutVersion(): number {
    return this.#layoutVersion;
  }

  /** The own avatar's predicted motion, or null before the server has placed it. */
  get self(): SelfPredictor | null {
    return this.#predictor;
  }

  /** A newly published layout: stands, alleys and collisions change under the avatars. */
  setLayout(published: PublishedLayout): void {
    if (published.version === this.#layoutVersion) return;
    this.#layoutVersion = published.version;
    this.world.floor = published.floor;
    this.world.layout = published.layout;
    this.#collision = buildCollisionWorld(published.floor, published.layout.stands);
    this.#graph = buildAlleyGraph(published.layout.alleys);
    this.#predictor?.setWorld(this.#collision);
    this.world.structureVersion += 1;
  }

  addAvatar(id: string, fields: AvatarFields, isSelf: boolean, now: number): void {
    const view: AvatarView = {
      id,
      userId: fields.userId,
      name: fields.name,
      role: fields.role,
      color: fields.color,
      x: dequantize(fields.x),
      y: dequantize(fields.y),
      heading: dequantizeHeading(fields.heading),
      state: stateName(fields.state),
      standId: fields.standId,
    };
    this.world.avatars.set(id, view);
    if (isSelf) {
      this.world.selfId = id;
      this.#serverSelfState = view.state;
      this.#predictor ??= new SelfPredictor(this.#collision, view, view.heading);
      this.#predictor.reset(view, view.heading);
    } else {
      const buffer = new SnapshotBuffer();
      buffer.push({ t: now, x: view.x, y: view.y, heading: view.heading });
      this.#buffers.set(id, buffer);
    }
    this.world.structureVersion += 1;
  }

  updateAvatar(id: string, fields: AvatarFields, now: number): void {
    const view = this.world.avatars.get(id);
    if (!view) return;
    view.name = fields.name;
    view.role = fields.role;
    view.color = fields.color;
    view.standId = fields.standId;
    const x = dequantize(fields.x);
    const y = dequantize(fields.y);
    const heading = dequantizeHeading(fields.heading);
    const state = stateName(fields.state);
    if (id === this.world.selfId) {
      this.#serverSelfState = state;
      this.#predictor?.reconcile({ x, y }, state === 'walking', now);
      return;
    }
    view.state = state;
    this.#buffers.get(id)?.push({ t: now, x, y, heading });
  }

  removeAvatar(id: string): void {
    if (!this.world.avatars.delete(id)) return;
    this.#buffers.delete(id);
    if (id === this.world.selfId) this.world.selfId = null;
    this.world.structureVersion += 1;
  }

  /** Forgets every avatar: joining a fresh room, where everyone is announced again. */
  clear(): void {
    this.world.avatars.clear();
    this.#buffers.clear();
    this.world.selfId = null;
    this.world.path = null;
    this.world.nearStandId = null;
    this.#predictor = null;
    this.world.structureVersion += 1;
  }

  setDensity(cells: readonly number[], columns: number, cellMetres: number): void {
    this.world.density = [...cells];
    this.world.densityColumns = columns;
    this.world.densityCellMetres = cellMetres;
  }

  /** Starts walking the own avatar locally, at once; the same intent goes to the server. */
  setIntent(intent: MotionIntent, now: number): void {
    this.#predictor?.setIntent(intent, now);
    this.#pathNext = -1;
  }

  /** Once per animation frame: predict, interpolate, and find the stand within reach. */
  frame(now: number, seconds: number): void {
    const renderTime = now - INTERPOLATION_DELAY_MS;
    for (const [id, buffer] of this.#buffers) {
      const view = this.world.avatars.get(id);
      if (view) buffer.sample(renderTime, view);
    }
    const selfView = this.world.selfId ? this.world.avatars.get(this.world.selfId) : undefined;
    const predictor = this.#predictor;
    if (!selfView || !predictor) {
      this.world.nearStandId = null;
      this.world.path = null;
      return;
    }
    predictor.advance(seconds, now);
    const motion = predictor.motion;
    selfView.x = motion.x;
    selfView.y = motion.y;
    selfView.heading = motion.heading;
    selfView.state = predictor.moving
      ? 'walking'
      : this.#serverSelfState === 'atStand'
        ? 'atStand'
        : 'idle';
    this.#updatePath(motion.intent);
    const reach = MOVEMENT.standReach - PROMPT_MARGIN_METRES;
    const near = nearestStand(this.world.layout.stands, motion, reach);
    this.world.nearStandId = near?.stand.id ?? null;
  }

  /** The path still ahead, rebuilt only when a waypoint is passed (not every frame). */
  #updatePath(intent: MotionIntent): void {
    if (intent.kind !== 'path') {
      this.world.path = null;
      this.#pathNext = -1;
      return;
    }
    if (intent.next === this.#pathNext) return;
    this.#pathNext = intent.next;
    this.world.path = intent.points.slice(intent.next);
  }
}
