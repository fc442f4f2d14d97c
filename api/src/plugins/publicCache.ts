/**
 * A short-lived cache of serialised public read responses (schedule, directory). Read traffic at
 * a fair is bursty and identical; serving the same bytes skips the database, the serialiser and
 * per-request compression: each entry is stored once as JSON, gzip and brotli, and the reply
 * picks what the client accepts. Each process keeps its own cache and entries expire after a
 * few seconds, so several api processes converge without talking to each other; a write in
 * this process clears it at once.
 */
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { negotiate } from '@fastify/accept-negotiator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { LRUCache } from 'lru-cache';

interface CachedBody {
  identity: Buffer;
  gzip: Buffer;
  br: Buffer;
  etag: string;
}

const ENCODINGS = ['br', 'gzip', 'identity'] as const;
type Encoding = (typeof ENCODINGS)[number];

export interface PublicCache {
  /** Replies with the cached JSON for `key`, computing and storing it when missing or stale. */
  reply(
    request: FastifyRequest,
    reply: FastifyReply,
    key: string,
    compute: () => Promise<unknown>,
  ): Promise<void>;
  clear(): void;
}

function serialise(value: unknown): CachedBody {
  const identity = Buffer.from(JSON.stringify(value));
  return {
    identity,
    gzip: gzipSync(identity, { level: 6 }),
    br: brotliCompressSync(identity, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 6,
        [constants.BROTLI_PARAM_SIZE_HINT]: identity.length,
      },
    }),
    etag: `W/"${createHash('sha1').update(identity).digest('base64url')}"`,
  };
}

function encodingFor(request: FastifyRequest): Encoding {
  const header = request.headers['accept-encoding'];
  if (!header) return 'identity';
  return negotiate(header, [...ENCODINGS]) ?? 'identity';
}

export function createPublicCache(options: { ttlMs: number; maxEntries: number }): PublicCache {
  const cache = new LRUCache<string, CachedBody>({
    max: options.maxEntries,
    ttl: Math.max(options.ttlMs, 1),
  });
  const pending = new Map<string, Promise<CachedBody>>();

  async function load(key: string, compute: () => Promise<unknown>): Promise<CachedBody> {
    const cached = cache.get(key);
    if (cached) return cached;
    if (options.ttlMs <= 0) return serialise(await compute());
    // Concurrent misses for one key share a single computation.
    let inFlight = pending.get(key);
    if (!inFlight) {
      inFlight = compute()
        .then((value) => {
          const body = serialise(value);
          cache.set(key, body);
          return body;
        })
        .finally(() => pending.delete(key));
      pending.set(key, inFlight);
    }
    return inFlight;
  }

  return {
    async reply(request, reply, key, compute) {
      const body = await load(key, compute);
      reply
        .header('etag', body.etag)
        .header('cache-control', 'public, max-age=5')
        .header('vary', 'accept-encoding');
      if (request.headers['if-none-match'] === body.etag) {
        await reply.code(304).send();
        return;
      }
      const encoding = encodingFor(request);
      if (encoding !== 'identity') reply.header('content-encoding', encoding);
      // Bytes with a JSON content type are sent as they are: Fastify skips the serialiser.
      // Awaiting the reply lets the async handler finish after the response is out.
      await reply.type('application/json; charset=utf-8').send(body[encoding]);
    },
    clear: () => cache.clear(),
  };
}
