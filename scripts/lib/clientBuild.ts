/**
 * Builds the client for the benchmarks when client/dist is missing or older than any source it
 * is built from (the client's and shared's sources, index.html, public/, the Vite config and
 * package.json), so that a benchmark never measures yesterday's build.
 */
import { execFileSync } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { repositoryRoot } from './stack.ts';

const clientDir = path.join(repositoryRoot, 'client');
const vite = path.join(repositoryRoot, 'node_modules', 'vite', 'bin', 'vite.js');
const BUILD_INPUTS = [
  'src',
  'public',
  'index.html',
  'vite.config.ts',
  'package.json',
  '../shared/src',
];

async function newestMtime(target: string): Promise<number> {
  const info = await stat(target).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const entries = await readdir(target, { withFileTypes: true, recursive: true });
  const times = await Promise.all(
    entries
      .filter((entry) => entry.isFile())
      .map(async (entry) => (await stat(path.join(entry.parentPath, entry.name))).mtimeMs),
  );
  return Math.max(0, ...times);
}

export async function ensureClientBuild(options: {
  rebuild: boolean;
  /** Prefixes what it prints. */
  label: string;
}): Promise<void> {
  const built = await newestMtime(path.join(clientDir, 'dist', 'index.html'));
  const sources = await Promise.all(
    BUILD_INPUTS.map((input) => newestMtime(path.join(clientDir, input))),
  );
  if (!options.rebuild && built > 0 && built >= Math.max(...sources)) {
    console.log(`${options.label}: client/dist is up to date`);
    return;
  }
  console.log(`${options.label}: building the client…`);
  execFileSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: clientDir,
    stdio: 'inherit',
  });
}
