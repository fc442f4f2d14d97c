/**
 * Uploads over a real socket that a test can cut: the request line, the headers and as much of a
 * multipart body as the test likes, then the connection dropped, as a closed laptop or a lost
 * train signal drops it. `inject` cannot do this: it always delivers the whole body.
 */
import { tracingChannel } from 'node:diagnostics_channel';
import { readdir } from 'node:fs/promises';
import { connect, type Socket } from 'node:net';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';

export interface RawUpload {
  /** Sends the rest of the body. */
  finish(): Promise<void>;
  /** Drops the connection; resolves once the server has seen its end of it close. */
  cut(): Promise<void>;
}

export interface RawRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload: Buffer;
}

export function listeningPort(app: FastifyInstance): number {
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('The app is not listening');
  return address.port;
}

/** `bytes` long, starting with `head`: a file of the type `head` says, as large as needed. */
export function padded(head: Uint8Array, bytes: number): Uint8Array {
  const file = new Uint8Array(bytes);
  file.set(head);
  return file;
}

/** Polls `check` until it holds, failing with `what` after `timeoutMs`. */
export async function waitUntil(
  what: string,
  check: () => boolean | Promise<boolean>,
  timeoutMs = 3_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function write(socket: Socket, bytes: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.write(bytes, (error) => (error ? reject(error) : resolve()));
  });
}

/**
 * Opens a connection and sends the headers of `request` and the first `sendBytes` of its body;
 * resolves once those bytes are handed to the kernel.
 */
export async function startUpload(
  app: FastifyInstance,
  request: RawRequest,
  sendBytes: number,
): Promise<RawUpload> {
  const socket = connect(listeningPort(app), '127.0.0.1');
  // The server's end of this connection, told apart from others by the client's port.
  let serverSide: Socket | undefined;
  const onConnection = (accepted: Socket) => {
    if (accepted.remotePort === socket.localPort) serverSide = accepted;
  };
  app.server.on('connection', onConnection);
  // A server that closes its side first shows as ECONNRESET here; the test asserts on state.
  socket.on('error', () => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve).once('error', reject);
  });
  await waitUntil('the server accepted the connection', () => serverSide !== undefined);
  app.server.off('connection', onConnection);
  const headers = Object.entries({
    ...request.headers,
    host: '127.0.0.1',
    'content-length': String(request.payload.length),
  }).map(([name, value]) => `${name}: ${value}\r\n`);
  const head = `${request.method} ${request.url} HTTP/1.1\r\n${headers.join('')}\r\n`;
  await write(socket, Buffer.concat([Buffer.from(head), request.payload.subarray(0, sendBytes)]));
  return {
    finish: () => write(socket, request.payload.subarray(sendBytes)),
    async cut() {
      socket.destroy();
      await waitUntil('the server saw the connection close', () => serverSide?.closed === true);
    },
  };
}

/** The names in the app's uploads directory, temporary files included. */
export async function uploadsListing(app: FastifyInstance): Promise<string[]> {
  const someFile = app.fileStore.absolutePath('uploads:00000000-0000-0000-0000-000000000000.png');
  return (await readdir(path.dirname(someFile)).catch(() => [])).sort();
}

interface HandlerStore {
  async: boolean;
  reply: { statusCode: number };
  error?: unknown;
}

export interface HandlerWatch {
  /** Route handlers that started and have not settled. */
  running(): number;
  /** Handlers failed with a server error (500 and up), our own bugs, since the last call. */
  takeServerErrors(): string[];
  stop(): void;
}

/**
 * Watches route handlers through Fastify's `fastify.request.handler` tracing channel: a handler
 * left waiting on a stream that will never end shows here, though no response or log line does.
 */
export function watchHandlers(): HandlerWatch {
  const channel = tracingChannel<HandlerStore>('fastify.request.handler');
  // A set, not a count: an async error handler publishes a second asyncEnd for the same request.
  const running = new Set<HandlerStore>();
  const serverErrors: string[] = [];
  const handlers = {
    start: (store: HandlerStore) => {
      running.add(store);
    },
    end: (store: HandlerStore) => {
      if (!store.async) running.delete(store);
    },
    asyncStart: () => undefined,
    asyncEnd: (store: HandlerStore) => {
      running.delete(store);
    },
    error: (store: HandlerStore) => {
      const { statusCode } = store.reply;
      const message = store.error instanceof Error ? store.error.message : String(store.error);
      if (statusCode >= 500) serverErrors.push(`${String(statusCode)} ${message}`);
    },
  };
  channel.subscribe(handlers);
  return {
    running: () => running.size,
    takeServerErrors: () => serverErrors.splice(0),
    stop: () => channel.unsubscribe(handlers),
  };
}
