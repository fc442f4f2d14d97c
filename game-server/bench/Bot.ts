/**
 * One bench visitor on @colyseus/sdk: joins the hall with its token, counts the WebSocket bytes
 * it receives (at the SDK's transport hook, before decoding), and reports anything that goes
 * wrong (a failed join, a dropped or closed connection) as an error.
 */
import { Client, type Room } from '@colyseus/sdk';
import { HALL_ROOM } from '@salon/shared';
import type { HallState } from '../src/rooms/hall/HallState.ts';

export type BotRoom = Room<unknown, HallState>;

export class Bot {
  readonly name: string;
  room: BotRoom | null = null;
  /** How many of this bot's intents the server declined (a walkTo from off the alleys, say). */
  refusals = 0;
  /** Bytes received since the last `takeBytes`. */
  #bytes = 0;
  #leaving = false;
  readonly #onError: (what: string) => void;

  constructor(name: string, onError: (what: string) => void) {
    this.name = name;
    this.#onError = onError;
  }

  async join(gameUrl: string, token: string, hallId: string): Promise<BotRoom | null> {
    const client = new Client(gameUrl);
    client.auth.token = token;
    try {
      const room = await client.joinOrCreate<HallState>(HALL_ROOM, { hallId });
      room.reconnection.enabled = false;
      const events = room.connection.events;
      const deliver = events.onmessage;
      events.onmessage = (event: { data: ArrayBuffer }) => {
        this.#bytes += event.data.byteLength;
        deliver?.(event);
      };
      room.onLeave((code) => {
        if (!this.#leaving) this.#onError(`${this.name} left with ${code}`);
      });
      room.onError((code, message) => this.#onError(`${this.name} error ${code} ${message ?? ''}`));
      room.onMessage('refused', () => {
        this.refusals += 1;
      });
      this.room = room;
      return room;
    } catch (error) {
      this.#onError(`${this.name} could not join: ${(error as Error).message}`);
      return null;
    }
  }

  takeBytes(): number {
    const bytes = this.#bytes;
    this.#bytes = 0;
    return bytes;
  }

  send(type: string, payload?: unknown): void {
    if (this.room?.connection.isOpen) this.room.send(type, payload);
  }

  async leave(): Promise<void> {
    this.#leaving = true;
    await this.room?.leave().catch(() => undefined);
  }
}
