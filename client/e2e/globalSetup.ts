/**
 * Starts the real stack for the browser tests: api on a fresh embedded database with the demo
 * fair, game server, and a preview of the built client, each on a free loopback port. Without
 * Chromium the browser tests skip with the reason printed, except under CI, where they fail.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { findChromium } from '../../scripts/lib/chromium.ts';
import { freePort } from '../../scripts/lib/freePort.ts';
import { repositoryRoot, startStack } from '../../scripts/lib/stack.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
    apiUrl: string;
    /** The game server itself, not through the client's proxy: for observers in tests. */
    gameUrl: string;
    chromium: string | null;
    livekitUrl: string | null;
  }
}

/** The real livekit-server for the live-video browser tests; required under CI. */
function findLivekit(): { binary: string } | null {
  try {
    const script = path.join(repositoryRoot, 'scripts', 'setup', 'livekit.sh');
    const output = execFileSync('sh', [script], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { binary: output.trim().split('\n').at(-1) ?? '' };
  } catch (error) {
    const reason = (error as { stderr?: string }).stderr?.trim() || String(error);
    if (process.env['CI'])
      throw new Error(`livekit-server is required under CI: ${reason}`, { cause: error });
    console.warn(`\n[browser tests] live-video tests SKIPPED: ${reason}\n`);
    return null;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromium = findChromium();
  if ('reason' in chromium) {
    if (process.env['CI']) throw new Error(`Chromium is required under CI: ${chromium.reason}`);
    console.warn(`\n[browser tests] SKIPPED: ${chromium.reason}\n`);
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), 'salon-e2e-'));
  const stack = await startStack({
    apiPort: await freePort(),
    gamePort: await freePort(),
    clientPort: await freePort(),
    dataDir,
    client: 'preview',
    sessionSecret: randomBytes(32).toString('base64url'),
    livekit: findLivekit(),
    echo: false,
    env: { LOG_LEVEL: 'warn' },
  });
  project.provide('appUrl', stack.appUrl);
  project.provide('apiUrl', stack.apiUrl);
  project.provide('gameUrl', stack.gameUrl);
  project.provide('livekitUrl', stack.livekitUrl);
  project.provide('chromium', 'path' in chromium ? chromium.path : null);
  return async () => {
    await stack.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
