/**
 * CPU and memory of another process, read from /proc as `top` would: CPU is the share of one
 * core used between two samples (user + system), RSS is the resident set now.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' })) || 100;

export interface CpuSample {
  readonly ticks: number;
  readonly at: number;
}

export function sampleCpu(pid: number): CpuSample {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces) start after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return { ticks: utime + stime, at: performance.now() };
}

export function cpuPercent(from: CpuSample, to: CpuSample): number {
  const seconds = (to.at - from.at) / 1000;
  return seconds > 0 ? ((to.ticks - from.ticks) / TICKS_PER_SECOND / seconds) * 100 : 0;
}

export function rssMegabytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /VmRSS:\s+(\d+)\s+kB/.exec(status);
  return match ? Number(match[1]) / 1024 : 0;
}
