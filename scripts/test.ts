/**
 * `npm test`: every check and every test. System components the tests need are set up first
 * through the project's own scripts; a missing one skips its tests with the reason printed,
 * except under CI=true, where it fails the run.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ensureComponents } from './lib/components.ts';
import { repositoryRoot } from './lib/stack.ts';

const ci = Boolean(process.env['CI']);
const bin = (name: string) => path.join(repositoryRoot, 'node_modules', '.bin', name);

const components = ensureComponents();
const missing = components.filter((component) => !component.available);
for (const component of components) {
  console.log(
    component.available
      ? `[salon] ${component.name}: ${component.value}`
      : `[salon] ${component.name}: MISSING — ${component.reason}; its tests will be skipped`,
  );
}
if (ci && missing.length > 0) {
  console.error(
    `[salon] CI needs every component; missing: ${missing.map((c) => c.name).join(', ')}`,
  );
  process.exit(1);
}
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', ...componentEnv() };

function componentEnv(): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const component of components) {
    if (component.available) variables[component.variable] = component.value;
  }
  return variables;
}

const steps: Array<[string, string, string[]]> = [
  ['format', bin('prettier'), ['--check', '.', '--log-level', 'warn']],
  ['lint', bin('eslint'), ['.', '--max-warnings', '0']],
  [
    'types and tests',
    bin('turbo'),
    ['run', 'typecheck', 'test', '--concurrency=2', '--output-logs=full'],
  ],
  ['browser tests', bin('turbo'), ['run', 'test:e2e', '--output-logs=full']],
];

for (const [title, command, args] of steps) {
  console.log(`\n[salon] ── ${title} ──`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: repositoryRoot, stdio: 'inherit', env });
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  if (result.status !== 0) {
    console.error(`\n[salon] ${title} FAILED after ${seconds} s`);
    process.exit(result.status ?? 1);
  }
  console.log(`[salon] ${title} passed in ${seconds} s`);
}
console.log('\n[salon] all checks and tests passed');
