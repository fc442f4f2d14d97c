/** Opens a server-sent events stream of a listening test app over real HTTP and collects its events. */
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';

export interface SseClient<Event> {
  status: number;
  contentType: string | null;
  events: Event[];
  /** Resolves once `predicate` holds for the events so far; rejects after `timeoutMs`. */
  until(predicate: (events: Event[]) => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export async function openSse<Event>(
  app: FastifyInstance,
  url: string,
  schema: z.ZodType<Event>,
  headers: Record<string, string> = {},
): Promise<SseClient<Event>> {
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('The app is not listening');
  const controller = new AbortController();
  const response = await fetch(`http://127.0.0.1:${String(address.port)}${url}`, {
    headers,
    signal: controller.signal,
  });
  const events: Event[] = [];
  const decoder = new TextDecoder();
  let buffer = '';
  const body = response.body;
  const reading = (async () => {
    if (!body || !response.headers.get('content-type')?.includes('text/event-stream')) return;
    try {
      for await (const chunk of body) {
        buffer += decoder.decode(chunk as Uint8Array, { stream: true });
        const parts = buffer.split('\n\n');
        buffer = parts.pop() ?? '';
        for (const part of parts) {
          if (part.startsWith('data: ')) events.push(schema.parse(JSON.parse(part.slice(6))));
        }
      }
    } catch {
      // The test aborted the stream.
    }
  })();
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    events,
    async until(predicate, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (!predicate(events)) {
        if (Date.now() > deadline)
          throw new Error(`Timed out; the stream had: ${JSON.stringify(events).slice(0, 2000)}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    async close() {
      controller.abort();
      await reading;
    },
  };
}
