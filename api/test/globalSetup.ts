/**
 * Finds (or starts, through the project's setup scripts) the real services some suites need:
 * a PostgreSQL server for the suites that run on both databases, and a livekit-server for the
 * live-video suites. A missing one skips its suites with the reason printed, except under CI,
 * where a missing component fails the run.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startLivekitServer, type LivekitServer } from '../../scripts/lib/livekitServer.ts';
import type { LivekitSettings } from '../src/live/liveRooms.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string | null;
    livekit: LivekitSettings | null;
  }
}

function runSetup(
  script: string,
  fromEnvironment: string | undefined,
): { value: string } | { reason: string } {
  if (fromEnvironment) return { value: fromEnvironment };
  try {
    const path = fileURLToPath(new URL(`../../scripts/setup/${script}`, import.meta.url));
    const output = execFileSync('sh', [path], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const value = output.trim().split('\n').at(-1);
    return value ? { value } : { reason: `${script} printed nothing` };
  } catch (error) {
    return { reason: (error as { stderr?: string }).stderr?.trim() || String(error) };
  }
}

function missing(component: string, reason: string): void {
  if (process.env['CI'])
    throw new Error(`${component} is required under CI and could not be had: ${reason}`);
  console.warn(`\n[api tests] ${component} suites are SKIPPED: ${reason}\n`);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const postgres = runSetup('postgres.sh', process.env['SALON_TEST_PG_URL']);
  if ('reason' in postgres) missing('PostgreSQL', postgres.reason);
  project.provide('postgresUrl', 'value' in postgres ? postgres.value : null);

  const binary = runSetup('livekit.sh', process.env['SALON_LIVEKIT_BIN']);
  let livekit: LivekitServer | null = null;
  if ('value' in binary) livekit = await startLivekitServer(binary.value);
  else missing('LiveKit', binary.reason);
  project.provide(
    'livekit',
    livekit
      ? {
          url: livekit.url,
          publicUrl: livekit.url,
          apiKey: livekit.apiKey,
          apiSecret: livekit.apiSecret,
        }
      : null,
  );
  return async () => {
    await livekit?.stop();
  };
}
