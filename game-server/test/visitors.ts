/** Small moves that most room tests start with. */
import type { Client as ServerClient } from '@colyseus/core';
import type { Vec2 } from '@salon/shared';
import type { RefusedMessage } from '../src/rooms/hall/hallRoomOptions.ts';
import { seen } from './seen.ts';
import type { HallStack, Visit } from './startHall.ts';
import { waitFor } from './waitFor.ts';

/** Two visitors in the same room, each seeing the other; `start` is where the second sees the first. */
export async function twoVisitors(
  hall: HallStack,
  first: string,
  second: string,
): Promise<{ a: Visit; b: Visit; start: Vec2 }> {
  const a = await hall.visit(first);
  const b = await hall.visit(second);
  await waitFor(() => seen(b, a.sessionId) !== undefined, 'the second visitor to see the first');
  // The first learns of the second in its own next patch, which may come a tick later.
  await waitFor(() => seen(a, b.sessionId) !== undefined, 'the first visitor to see the second');
  const start = seen(b, a.sessionId);
  if (!start) throw new Error('unreachable');
  return { a, b, start };
}

/** The next `refused` message the server sends this visitor. */
export function refusal(visit: Visit): Promise<RefusedMessage> {
  return visit.waitForMessage('refused', 3000) as Promise<RefusedMessage>;
}

function isTerminable(socket: unknown): socket is { terminate(): void } {
  return (
    typeof socket === 'object' &&
    socket !== null &&
    'terminate' in socket &&
    typeof socket.terminate === 'function'
  );
}

/** Cuts a visitor's connection on the server side without a close handshake: a network drop. */
export function dropConnection(hall: HallStack, visit: Visit): void {
  const client: ServerClient | undefined = hall.colyseus
    .getRoomById(visit.roomId)
    .clients.get(visit.sessionId);
  const socket: unknown = client?.ref;
  if (!isTerminable(socket)) throw new Error('No socket to drop');
  socket.terminate();
}
