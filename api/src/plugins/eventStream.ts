/**
 * One stream of server-sent events: each event as a JSON `data:` line, until the client leaves
 * or the server closes; a comment every 20 s keeps proxies from closing an idle stream. The
 * stream subscribes before it sends its first event, so nothing published in between is lost.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';

const KEEP_ALIVE_MS = 20_000;

export async function streamEvents<Event>(
  request: FastifyRequest,
  reply: FastifyReply,
  options: {
    /** Ends of the open streams, which the route plugin ends when the server closes. */
    openStreams: Set<() => void>;
    subscribe: (send: (event: Event) => void) => Promise<() => Promise<void>>;
    first?: () => Promise<Event>;
  },
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
  // An event may arrive after the client left, between its leaving and our unsubscribing.
  const send = (event: Event) => {
    if (!response.writableEnded) response.write(`data: ${JSON.stringify(event)}\n\n`);
  };
  const unsubscribe = await options.subscribe(send);
  const keepAlive = setInterval(() => response.write(': keep-alive\n\n'), KEEP_ALIVE_MS);
  const end = () => {
    options.openStreams.delete(end);
    clearInterval(keepAlive);
    void unsubscribe();
    response.end();
  };
  options.openStreams.add(end);
  request.raw.once('close', end);
  if (options.first) send(await options.first());
}
