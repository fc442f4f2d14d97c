/**
 * Finds (or starts, through the project's setup script) a PostgreSQL server for the suites that
 * run on both databases. Without one the PostgreSQL half skips with the reason printed, except
 * under CI, where a missing component fails the run.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string | null;
  }
}

const setupScript = fileURLToPath(new URL('../../scripts/setup/postgres.sh', import.meta.url));

function findPostgres(): { url: string } | { reason: string } {
  const fromEnvironment = process.env['SALON_TEST_PG_URL'];
  if (fromEnvironment) return { url: fromEnvironment };
  try {
    const output = execFileSync('sh', [setupScript], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const url = output.trim().split('\n').at(-1);
    return url ? { url } : { reason: 'the setup script printed no URL' };
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    return { reason: stderr || String(error) };
  }
}

export default function setup(project: TestProject): void {
  const found = findPostgres();
  if ('url' in found) {
    project.provide('postgresUrl', found.url);
    return;
  }
  if (process.env['CI']) {
    throw new Error(`PostgreSQL is required under CI and could not be started: ${found.reason}`);
  }
  console.warn(`\n[api tests] PostgreSQL suites are SKIPPED: ${found.reason}\n`);
  project.provide('postgresUrl', null);
}
