/**
 * One stand chat stream as server-sent events: every chat event of the stand, as JSON, until
 * the visitor leaves; a comment every 20 s keeps proxies from closing an idle stream.
 */
import type { ChatEvent } from '@salon/shared';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

const KEEP_ALIVE_MS = 20_000;

export async function streamChat(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  exhibitorId: string,
  openStreams: Set<() => void>,
): Promise<void> {
  reply.hijack();
  const response = reply.raw;
  response.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  response.write(': connected\n\n');
  const send = (event: ChatEvent) => response.write(`data: ${JSON.stringify(event)}\n\n`);
  const unsubscribe = await app.chatBroadcaster.subscribe(exhibitorId, send);
  const keepAlive = setInterval(() => response.write(': keep-alive\n\n'), KEEP_ALIVE_MS);
  const end = () => {
    openStreams.delete(end);
    clearInterval(keepAlive);
    void unsubscribe();
    response.end();
  };
  openStreams.add(end);
  request.raw.once('close', end);
}
