/**
 * Child processes for the local stack: each service's output is prefixed with its name, and the
 * whole group stops together.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface Service {
  name: string;
  process: ChildProcess;
  exited: Promise<number | null>;
}

export interface SpawnOptions {
  name: string;
  command: string;
  args: string[];
  cwd: string;
  env?: Record<string, string>;
  /** Print the service's output; tests keep it only for failures. */
  echo: boolean;
  log: string[];
}

export function spawnService(options: SpawnOptions): Service {
  const child = spawn(options.command, options.args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      const prefixed = `[${options.name}] ${line}`;
      options.log.push(prefixed);
      if (options.log.length > 2000) options.log.shift();
      if (options.echo) console.log(prefixed);
    });
  }
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  return { name: options.name, process: child, exited };
}

export async function stopServices(services: readonly Service[]): Promise<void> {
  await Promise.all(
    services.map(async (service) => {
      if (service.process.exitCode !== null || service.process.signalCode !== null) return;
      service.process.kill('SIGTERM');
      const timeout = setTimeout(() => service.process.kill('SIGKILL'), 5_000);
      await service.exited;
      clearTimeout(timeout);
    }),
  );
}

/** Polls `url` until it answers 2xx, the service dies, or the deadline passes. */
export async function waitForHttp(url: string, service: Service, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError = '';
  while (Date.now() < deadline) {
    if (service.process.exitCode !== null) {
      throw new Error(
        `${service.name} exited with code ${service.process.exitCode} before it was ready`,
      );
    }
    try {
      const response = await fetch(url);
      if (response.ok) return;
      lastError = `HTTP ${response.status}`;
    } catch (error) {
      lastError = String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${service.name} did not answer ${url} within ${timeoutMs} ms (${lastError})`);
}
