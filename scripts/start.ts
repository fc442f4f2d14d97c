/**
 * `npm start`: the demo fair on this machine. The api creates and migrates the embedded
 * database in data/ and loads the demo fair on first start; later starts reuse it.
 */
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { repositoryRoot, startStack } from './lib/stack.ts';

/** A secret kept beside the data, so sessions survive a restart of `npm start`. */
async function localSessionSecret(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'session-secret');
  const existing = await readFile(file, 'utf8').catch(() => '');
  if (existing.trim().length >= 32) return existing.trim();
  const secret = randomBytes(32).toString('base64url');
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}

const port = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

/**
 * Live video: a LiveKit given by LIVEKIT_URL (cloud or self-hosted) is used as it is; otherwise
 * the project's livekit-server, installed by its setup script on first start, runs on the
 * standard ports. Without it everything else still starts.
 */
function localLivekit() {
  if (process.env['LIVEKIT_URL']) {
    console.log(`[salon] live video through ${process.env['LIVEKIT_URL']}`);
    return null;
  }
  // The script prints the binary's path, building it first when missing (its progress on stderr).
  const setup = spawnSync('sh', [path.join(repositoryRoot, 'scripts', 'setup', 'livekit.sh')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const binary = setup.stdout.trim().split('\n').at(-1) ?? '';
  if (setup.status !== 0 || !binary) {
    console.log(
      '[salon] live video is off: livekit-server could not be installed; set LIVEKIT_URL to use another',
    );
    return null;
  }
  return { binary, ports: { http: 7880, tcp: 7881, udp: 7882 }, optional: true };
}

console.log('[salon] starting api, game server and client…');
const dataDir = process.env['SALON_DATA_DIR'] ?? path.join(repositoryRoot, 'data');
const stack = await startStack({
  apiPort: port('API_PORT', 3000),
  gamePort: port('GAME_PORT', 2567),
  clientPort: port('CLIENT_PORT', 5173),
  dataDir,
  client: 'dev',
  sessionSecret: process.env['SALON_SESSION_SECRET'] ?? (await localSessionSecret(dataDir)),
  livekit: localLivekit(),
  echo: true,
  env: { LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'warn' },
}).catch((error: unknown) => {
  console.error(`[salon] could not start: ${(error as Error).message}`);
  process.exit(1);
});

console.log(`\n  Salon is running. Open ${stack.appUrl}\n  (Ctrl+C stops everything.)\n`);

const stop = () => {
  void stack.stop().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
