/** An api app over a fresh seeded in-memory database, for route tests through `inject`. */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, inject } from 'vitest';
import { buildApp } from '../src/app.ts';
import type { DatabaseHandle, DatabaseKind } from '../src/db/database.ts';
import type { FfmpegPaths } from '../src/files/remuxWebm.ts';
import type { RetrySchedule } from '../src/live/backgroundRetries.ts';
import type { LivekitSettings } from '../src/live/liveRooms.ts';
import { openTestDatabase } from './testDatabases.ts';

export const TEST_SESSION_SECRET = 'test-secret-test-secret-test-secret-0123';

/**
 * `livekit`: the real test livekit-server (default; null when it is not available), or
 * settings of a server that need not run, for what is signed offline (tokens). `ffmpeg`: other
 * programs than ffmpeg and ffprobe on the PATH, to see what happens when they fail. `database`:
 * PGlite (default), or PostgreSQL for what only a server with concurrent connections shows.
 * `livekitRetries`: shorter pauses between retries of what LiveKit could not do at once.
 */
export function useTestApp(
  options: {
    livekit?: LivekitSettings | null;
    livekitRetries?: RetrySchedule;
    ffmpeg?: FfmpegPaths;
    database?: DatabaseKind;
  } = {},
): () => FastifyInstance {
  let handle: DatabaseHandle | undefined;
  let app: FastifyInstance | undefined;
  beforeAll(async () => {
    handle = await openTestDatabase(options.database ?? 'pglite');
    app = await buildApp({
      database: handle,
      sessionSecret: TEST_SESSION_SECRET,
      uploadsDir: await mkdtemp(path.join(tmpdir(), 'salon-uploads-')),
      livekit: options.livekit === undefined ? inject('livekit') : options.livekit,
      publicCacheTtlMs: 0,
      ...(options.ffmpeg ? { ffmpeg: options.ffmpeg } : {}),
      ...(options.livekitRetries ? { livekitRetries: options.livekitRetries } : {}),
    });
  });
  afterAll(async () => {
    await app?.close();
    await handle?.close();
  });
  return () => {
    if (!app) throw new Error('The test app is not ready yet');
    return app;
  };
}

/** Strings a hostile or careless client sends in text fields. */
export const HOSTILE_STRINGS = [
  "' OR 1=1 --",
  "'; DROP TABLE exhibitors; --",
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '%_%',
  '\\',
  '../../etc/passwd',
  '𝕊𝕒𝕝𝕠𝕟 🎓',
] as const;
