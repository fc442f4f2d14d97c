/**
 * The server's truth for browser tests: a visitor of our own, joined from the test process
 * straight to the game server with its own guest session, that reads where the server puts
 * each avatar. Nothing it reports comes from the pages under test.
 */
import { Callbacks, Client, type Room } from '@colyseus/sdk';
import {
  AVATAR_STATES,
  HALL_ROOM,
  SessionSchema,
  dequantize,
  type AvatarState,
} from '@salon/shared';
import type { HallStateSchema } from '../src/multiplayer/hallStateSchema.ts';

export interface ServerAvatar {
  x: number;
  y: number;
  state: AvatarState;
}

export class HallObserver {
  readonly #room: Room<unknown, HallStateSchema>;

  private constructor(room: Room<unknown, HallStateSchema>) {
    this.#room = room;
  }

  static async join(apiUrl: string, gameUrl: string, hallId: string): Promise<HallObserver> {
    const response = await fetch(new URL('/api/sessions/guest', apiUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ displayName: 'Observer' }),
    });
    const session = SessionSchema.parse(await response.json());
    const client = new Client(gameUrl);
    client.auth.token = session.token;
    const room = await client.joinOrCreate<HallStateSchema>(HALL_ROOM, { hallId });
    // Avatars update in place; registering for them keeps the decoder's callbacks in use.
    Callbacks.get(room).onAdd('avatars', () => undefined);
    return new HallObserver(room);
  }

  /** Where the server has the avatar of `userId`, if it is near enough to be sent to us. */
  avatarOf(userId: string): ServerAvatar | null {
    for (const avatar of this.#room.state.avatars.values()) {
      if (avatar.userId !== userId) continue;
      return {
        x: dequantize(avatar.x),
        y: dequantize(avatar.y),
        state: AVATAR_STATES[avatar.state] ?? 'idle',
      };
    }
    return null;
  }

  /** Walks the observer's own avatar (to stay near the action: the server sends only near avatars). */
  walkTo(x: number, y: number): void {
    this.#room.send('walkTo', { x, y });
  }

  async leave(): Promise<void> {
    await this.#room.leave(true);
  }
}
