/**
 * Runs ffmpeg and ffprobe as child processes with argument arrays (never a shell string), and
 * names the DejaVu fonts (Debian's fonts-dejavu-core) that the media draw their text with.
 */
import { spawn, spawnSync } from 'node:child_process';

const FONT_FOLDER = '/usr/share/fonts/truetype/dejavu';
export const FONTS = {
  regular: `${FONT_FOLDER}/DejaVuSans.ttf`,
  bold: `${FONT_FOLDER}/DejaVuSans-Bold.ttf`,
} as const;

/** Whether a command-line tool answers `-version`, i.e. is installed and on the PATH. */
export function hasTool(command: string): boolean {
  const result = spawnSync(command, ['-version'], { stdio: 'ignore' });
  return result.status === 0;
}

/** Runs a tool to completion and resolves with its stdout; rejects with the end of its stderr. */
export function runTool(command: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) {
        resolve(Buffer.concat(stdout).toString('utf8'));
        return;
      }
      const tail = Buffer.concat(stderr).toString('utf8').slice(-2000);
      reject(new Error(`${command} exited with ${String(code)}:\n${tail}`));
    });
  });
}

/** ffmpeg quietly, overwriting, and with no encoder or time stamps in the output's metadata. */
export async function ffmpeg(args: readonly string[]): Promise<void> {
  await runTool('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-nostdin', '-y', ...args]);
}

/** The flags that keep ffmpeg's own version and the run's time out of a file. */
export const BITEXACT = ['-map_metadata', '-1', '-fflags', '+bitexact', '-flags', '+bitexact'];

/** One file to make: its path relative to the assets folder, and how to write it. */
export interface MediaJob {
  readonly path: string;
  /** Writes the file to `output` (a scratch path with the same extension). */
  make(output: string): Promise<void>;
}
