/**
 * System components the tests need, each found or installed by its script in scripts/setup/
 * (which prints the component's location or URL, or exits non-zero with the reason).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { repositoryRoot } from './stack.ts';

export type Component =
  | { name: string; variable: string; available: true; value: string }
  | { name: string; variable: string; available: false; reason: string };

const COMPONENTS = [
  { name: 'PostgreSQL', script: 'postgres.sh', variable: 'SALON_TEST_PG_URL' },
  { name: 'Chromium', script: 'chromium.sh', variable: 'SALON_CHROMIUM' },
  { name: 'LiveKit server', script: 'livekit.sh', variable: 'SALON_LIVEKIT_BIN' },
] as const;

export function ensureComponents(): Component[] {
  return COMPONENTS.map(({ name, script, variable }) => {
    const result = spawnSync('sh', [path.join(repositoryRoot, 'scripts', 'setup', script)], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const value = result.stdout.trim().split('\n').at(-1) ?? '';
    if (result.status === 0 && value) return { name, variable, available: true, value };
    const reason = result.stderr.trim().split('\n').at(-1) || `exit code ${result.status}`;
    return { name, variable, available: false, reason };
  });
}
