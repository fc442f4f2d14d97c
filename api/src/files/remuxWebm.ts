/**
 * Makes an uploaded program recording seekable. MediaRecorder writes WebM as a live stream: no
 * duration and no cues, so players cannot seek in it. Remuxing it with ffmpeg (`-c copy`, no
 * re-encoding) writes both, which takes seconds even for hours of video. Programs are spawned
 * with arguments, never through a shell, and the input is read as Matroska only, so a file
 * that only pretends to be WebM cannot make ffmpeg open anything else.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { z } from 'zod';

const run = promisify(execFile);

export interface FfmpegPaths {
  ffmpeg: string;
  ffprobe: string;
}

/** Longer than any remux of a real recording; a stuck ffmpeg is killed after it. */
const REMUX_TIMEOUT_MS = 120_000;
const PROBE_TIMEOUT_MS = 30_000;

export async function remuxWebm(paths: FfmpegPaths, input: string, output: string): Promise<void> {
  await run(
    paths.ffmpeg,
    [
      '-hide_banner',
      '-nostdin',
      '-loglevel',
      'error',
      '-f',
      'matroska',
      '-i',
      input,
      '-map',
      '0',
      '-c',
      'copy',
      '-f',
      'webm',
      '-y',
      output,
    ],
    { timeout: REMUX_TIMEOUT_MS, maxBuffer: 1024 * 1024 },
  );
}

const ProbeSchema = z.object({
  format: z.object({
    format_name: z.string(),
    duration: z.coerce.number().optional(),
  }),
});

/** The container and duration ffprobe reads; the duration is null when the file has none. */
export async function probeMedia(
  paths: FfmpegPaths,
  file: string,
): Promise<{ formatName: string; durationSeconds: number | null }> {
  const { stdout } = await run(
    paths.ffprobe,
    ['-v', 'error', '-show_entries', 'format=format_name,duration', '-of', 'json', file],
    { timeout: PROBE_TIMEOUT_MS, maxBuffer: 1024 * 1024 },
  );
  const { format } = ProbeSchema.parse(JSON.parse(stdout));
  const duration = format.duration;
  return {
    formatName: format.format_name,
    durationSeconds: duration !== undefined && Number.isFinite(duration) ? duration : null,
  };
}

/** The last line ffmpeg wrote to stderr, to say why a remux failed. */
export function ffmpegFailure(error: unknown): string {
  const stderr = (error as { stderr?: unknown }).stderr;
  const lines = typeof stderr === 'string' ? stderr.trim().split('\n') : [];
  return (lines.at(-1) ?? String(error)).slice(0, 300);
}
