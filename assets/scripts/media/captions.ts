/** WebVTT captions for a demo video: the cues it shows on screen, in one language. */
import type { Locale } from '@salon/shared';
import type { TimedCue } from './catalogue.ts';

/** 3.5 → `00:00:03.500`. */
export function vttTimestamp(seconds: number): string {
  const millis = Math.round(seconds * 1000);
  const hours = Math.floor(millis / 3_600_000);
  const minutes = Math.floor(millis / 60_000) % 60;
  const rest = (millis % 60_000) / 1000;
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(hours, 2)}:${pad(minutes, 2)}:${rest.toFixed(3).padStart(6, '0')}`;
}

export function webVtt(cues: readonly TimedCue[], language: Locale): string {
  const blocks = cues.map(
    (cue, index) =>
      `${String(index + 1)}\n${vttTimestamp(cue.startSeconds)} --> ${vttTimestamp(cue.endSeconds)}\n${cue[language]}\n`,
  );
  return `WEBVTT\n\n${blocks.join('\n')}`;
}
