/**
 * The bench's servers as child processes (so the bots never share their event loop): the api,
 * and the game server exactly as `npm start` runs it, with the bench's settings in its env.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const GAME_SERVER_DIR = fileURLToPath(new URL('..', import.meta.url));

export interface Child {
  readonly process: ChildProcess;
  readonly pid: number;
  stop(): Promise<void>;
}

function wrap(child: ChildProcess, name: string): Child {
  const pid = child.pid;
  if (pid === undefined) throw new Error(`${name} did not start`);
  return {
    process: child,
    pid,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

export async function startApiChild(secret: string): Promise<{ child: Child; apiUrl: string }> {
  const child = fork(fileURLToPath(new URL('benchApi.ts', import.meta.url)), {
    env: { ...process.env, SALON_SESSION_SECRET: secret },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const apiUrl = await new Promise<string>((resolve, reject) => {
    child.once('message', (message) => {
      const url = (message as { apiUrl?: unknown }).apiUrl;
      if (typeof url === 'string') resolve(url);
      else reject(new Error('The bench api sent no url'));
    });
    child.once('exit', (code) => reject(new Error(`The bench api exited with ${code}`)));
  });
  return { child: wrap(child, 'api'), apiUrl };
}

/** `profileDir`: write a V8 CPU profile of the game server there when it exits. */
export async function startGameChild(
  env: Record<string, string>,
  port: number,
  profileDir?: string,
): Promise<Child> {
  const child = fork('src/server.ts', {
    cwd: GAME_SERVER_DIR,
    execArgv: profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [],
    env: { ...process.env, ...env, HOST: '127.0.0.1', GAME_PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const wrapped = wrap(child, 'game server');
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The game server exited with ${child.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/health`);
      if (response.ok) return wrapped;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('The game server did not come up');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
