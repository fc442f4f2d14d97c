/**
 * What the live benchmarks share: participant processes (webinarWorker.ts) called request by
 * request over IPC, percentiles, and the CPU time of the processes they start.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { WorkerReply, WorkerRequest } from './webinarProtocol.ts';

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return (
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
  );
}

export const ms = (value: number): string =>
  Number.isFinite(value) ? value.toFixed(0) : String(value);

/** A forked webinarWorker.ts process, called request by request. */
export class ParticipantProcess {
  readonly child: ChildProcess;
  #nextId = 0;
  readonly #pending = new Map<number, { resolve(value: unknown): void; reject(e: Error): void }>();

  constructor() {
    this.child = fork(fileURLToPath(new URL('./webinarWorker.ts', import.meta.url)), [], {
      // rtc-node logs every connect at debug level unless in production.
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.child.on('message', (reply: WorkerReply) => {
      const pending = this.#pending.get(reply.id);
      this.#pending.delete(reply.id);
      if (reply.ok) pending?.resolve(reply.result);
      else pending?.reject(new Error(reply.error));
    });
    this.child.on('exit', (code) => {
      for (const pending of this.#pending.values())
        pending.reject(new Error(`participant process exited (${String(code)})`));
      this.#pending.clear();
    });
  }

  call<T>(request: WorkerRequest): Promise<T> {
    const id = (this.#nextId += 1);
    return new Promise<T>((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.child.send({ ...request, id });
    });
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    await Promise.race([
      this.call({ op: 'leave' }).catch(() => undefined),
      new Promise((resolve) => setTimeout(resolve, 20_000)),
    ]);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  }
}

/** CPU seconds (user + system) a child of this process has used, by its command name. */
export function childCpuSeconds(command: string): number {
  try {
    const children = readFileSync(
      `/proc/${String(process.pid)}/task/${String(process.pid)}/children`,
      'utf8',
    )
      .trim()
      .split(/\s+/);
    for (const pid of children) {
      if (!readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith(command)) continue;
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      return (Number(fields[11]) + Number(fields[12])) / 100;
    }
  } catch {
    // not Linux, or the process is gone
  }
  return Number.NaN;
}
