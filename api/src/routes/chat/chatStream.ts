/** One stand chat stream as server-sent events: every chat event of the stand, as JSON. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { streamEvents } from '../../plugins/eventStream.ts';

export async function streamChat(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  exhibitorId: string,
  openStreams: Set<() => void>,
): Promise<void> {
  await streamEvents(request, reply, {
    openStreams,
    subscribe: (send) => app.chatBroadcaster.subscribe(exhibitorId, send),
  });
}
