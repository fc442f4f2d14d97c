/**
 * One room of one hall. Thin: it checks who joins, maps each message to the avatar simulation,
 * runs the fixed tick (step, interest, patch) and keeps per-visitor limits. Movement rules live
 * in `shared/` (through AvatarSimulation); which avatars a client sees, in InterestManager.
 *
 * Sessions: the token is checked by a static onAuth that `defineHallRoom` supplies; this base
 * class refuses everyone, so a room can never run without it. Nothing here is module-level:
 * every room keeps its own visitors, so several processes can serve the same hall.
 */
import { CloseCode, Room, ServerError, type AuthContext } from '@colyseus/core';
import { StateView } from '@colyseus/schema';
import {
  HALL_CLOSE_CODES,
  HALL_MESSAGES,
  HallJoinOptionsSchema,
  TICK_SECONDS,
  avatarColor,
  type HallMessageType,
} from '@salon/shared';
import { AvatarSimulation, type Refusal } from './AvatarSimulation.ts';
import { DensityGrid } from './densityGrid.ts';
import { FixedSteps } from './FixedSteps.ts';
import { HallState } from './HallState.ts';
import { InterestManager } from './interestManagement.ts';
import { HallRoomOptionsSchema, type HallClient } from './hallRoomOptions.ts';
import { fetchPublishedLayout } from './layoutSource.ts';
import { buildRoomLayout, pickSpawn, type RoomLayout } from './roomLayout.ts';
import { RoomVisitors } from './RoomVisitors.ts';

/** What a created room works with; null until onCreate has loaded the layout. */
interface Hall {
  readonly layout: RoomLayout;
  readonly simulation: AvatarSimulation;
  readonly interest: InterestManager | null;
  /** With interest management off, one view subscribed to every avatar, shared by all. */
  readonly everyone: StateView | null;
}

/** A backstop under the per-lane limits: Colyseus drops a client past this many frames a second. */
const MAX_FRAMES_PER_SECOND = 60;
const DENSITY_INTERVAL_MS = 1000;

export class HallRoom extends Room<{ state: HallState; client: HallClient }> {
  #hall: Hall | null = null;
  #reconnectSeconds = 0;
  readonly #visitors = new RoomVisitors<HallClient>(() => this.clock.currentTime);

  /** Refuses everyone; `defineHallRoom` overrides it with the session token check. */
  static override async onAuth(
    _token: string,
    _options: unknown,
    _context: AuthContext,
  ): Promise<unknown> {
    return null;
  }

  // Payloads are checked with the shared HALL_MESSAGES schemas inside `guarded` rather than with
  // Colyseus' validate(): that one drops the client at the first bad payload (code 4002, a stack
  // trace in the log each time), where here a bad payload is a strike like any refused message.
  override messages = {
    move: this.#visitors.guarded(HALL_MESSAGES.move, 'intent', (client, { x, y }) => {
      this.#hall?.simulation.direct(client.sessionId, x, y);
    }),
    walkTo: this.#visitors.guarded(HALL_MESSAGES.walkTo, 'pathfinding', (client, goal) => {
      this.#refuseIf(client, 'walkTo', this.#hall?.simulation.walkTo(client.sessionId, goal));
    }),
    stop: this.#visitors.guarded(HALL_MESSAGES.stop, 'intent', (client) => {
      this.#hall?.simulation.stop(client.sessionId);
    }),
    enterStand: this.#visitors.guarded(
      HALL_MESSAGES.enterStand,
      'intent',
      (client, { standId }) => {
        this.#refuseIf(
          client,
          'enterStand',
          this.#hall?.simulation.enterStand(client.sessionId, standId),
        );
      },
    ),
    leaveStand: this.#visitors.guarded(HALL_MESSAGES.leaveStand, 'intent', (client) => {
      this.#hall?.simulation.leaveStand(client.sessionId);
    }),
    // Any other type (a "position", say) is not part of the protocol: a strike.
    _: (client: HallClient) => {
      this.#visitors.strike(client);
    },
  };

  override async onCreate(options: unknown): Promise<void> {
    // Matchmaking errors travel as HTTP statuses, so these codes are HTTP's.
    const parsed = HallRoomOptionsSchema.safeParse(options);
    if (!parsed.success) throw new ServerError(400, 'Join a hall with a valid hallId');
    const settings = parsed.data;
    const published = await fetchPublishedLayout(settings.apiUrl, settings.hallId);
    if (!published) throw new ServerError(404, `Hall ${settings.hallId} has no published layout`);
    const layout = buildRoomLayout(published);
    this.maxClients = settings.maxClients;
    this.maxMessagesPerSecond = MAX_FRAMES_PER_SECOND;
    this.#reconnectSeconds = settings.reconnectSeconds;
    this.state = new HallState({
      hallId: layout.hallId,
      layoutVersion: layout.version,
      population: 0,
      densityColumns: 0,
    });
    const simulation = new AvatarSimulation(layout, this.state);
    const everyone = settings.interest ? null : new StateView();
    everyone?.subscribe(this.state.avatars);
    this.#hall = {
      layout,
      simulation,
      interest: settings.interest ? new InterestManager(layout.floor) : null,
      everyone,
    };
    const density = new DensityGrid(layout.floor);
    density.init(this.state);

    const steps = new FixedSteps(TICK_SECONDS * 1000);
    this.setTimestep((elapsedMs) => this.#tick(steps.take(elapsedMs)), TICK_SECONDS * 1000);
    // Patches go out right after each tick instead of on a timer of their own, so a move is
    // never held back by a second, unrelated phase.
    this.patchRate = null;
    this.clock.setInterval(() => {
      density.update(this.state, (visit) => simulation.forEach(visit));
    }, DENSITY_INTERVAL_MS);
  }

  override onJoin(client: HallClient, options: unknown): void {
    const hall = this.#hall;
    const claims = client.auth;
    const joining = HallJoinOptionsSchema.safeParse(options);
    if (!hall || !joining.success || joining.data.hallId !== this.state.hallId) {
      throw new ServerError(400, 'Join with the hallId of this room');
    }
    if (!claims) throw new ServerError(HALL_CLOSE_CODES.invalidSession, 'No session');
    this.#visitors.endDroppedSessionsOf(claims.sub);
    const identity = { userId: claims.sub, name: claims.name, role: claims.role };
    const avatar = hall.simulation.add(
      client.sessionId,
      { ...identity, color: avatarColor(claims.sub) },
      pickSpawn(hall.layout),
    );
    this.#visitors.add(client.sessionId, claims.sub);
    if (hall.interest) {
      client.view = new StateView();
      hall.interest.addViewer(client.sessionId, client.view, avatar);
    } else if (hall.everyone) {
      client.view = hall.everyone;
    }
  }

  override onDrop(client: HallClient, code?: number): void {
    this.#hall?.simulation.stop(client.sessionId);
    // Returning without allowReconnection makes Colyseus call onLeave at once: for a client
    // thrown out (by us or by Colyseus' own checks) and when the room is closing anyway.
    if (!this.#visitors.mayReconnect(client.sessionId) || this.#reconnectSeconds <= 0) return;
    if (code === CloseCode.WITH_ERROR || code === CloseCode.SERVER_SHUTDOWN) return;
    const reconnection = this.allowReconnection(client, this.#reconnectSeconds);
    // Expiry is handled by Colyseus (it calls onLeave); this only keeps a refusal quiet.
    reconnection.catch(() => undefined);
    this.#visitors.awaitReconnection(client.sessionId, reconnection);
  }

  override onReconnect(client: HallClient): void {
    this.#visitors.awaitReconnection(client.sessionId, null);
  }

  override onLeave(client: HallClient): void {
    this.#hall?.simulation.remove(client.sessionId);
    this.#visitors.remove(client.sessionId);
    if (this.#hall?.interest) {
      this.#hall.interest.removeViewer(client.sessionId);
      client.view?.dispose();
    }
  }

  /** One frame: `steps` fixed steps (usually one), then interest and one patch. */
  #tick(steps: number): void {
    const hall = this.#hall;
    if (!hall || steps === 0) return;
    const { simulation, interest } = hall;
    for (let step = 0; step < steps; step += 1) simulation.step(TICK_SECONDS);
    if (interest) {
      interest.rebuild((visit) => simulation.forEach(visit));
      interest.update();
    }
    this.broadcastPatch();
  }

  #refuseIf(client: HallClient, type: HallMessageType, reason: Refusal | null | undefined): void {
    if (reason) client.send('refused', { type, reason });
  }
}
