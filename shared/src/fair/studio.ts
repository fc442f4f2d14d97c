/**
 * A forum event's studio, produced like radio: it is scheduled, goes live once and ends once;
 * the producer puts one speaker at a time on air (seen, or only heard with a name card), picks
 * the program's layout and the slide, and cues speakers. Every on-air change is logged, and the
 * log becomes the recording's chapters.
 */
import { z } from 'zod';

export const STUDIO_STATUSES = ['scheduled', 'live', 'ended'] as const;
export const StudioStatusSchema = z.enum(STUDIO_STATUSES);
export type StudioStatus = z.infer<typeof StudioStatusSchema>;

/** The one way a studio moves: scheduled → live → ended, never back. */
export const STUDIO_TRANSITIONS = {
  scheduled: ['live'],
  live: ['ended'],
  ended: [],
} as const satisfies Record<StudioStatus, readonly StudioStatus[]>;

export function canMoveStudio(from: StudioStatus, to: StudioStatus): boolean {
  const next: readonly StudioStatus[] = STUDIO_TRANSITIONS[from];
  return next.includes(to);
}

export const STUDIO_LAYOUTS = [
  'moderatorOnly',
  'moderatorAndSpeaker',
  'speakerAndSlides',
  'slidesOnly',
] as const;
export const StudioLayoutSchema = z.enum(STUDIO_LAYOUTS);
export type StudioLayout = z.infer<typeof StudioLayoutSchema>;

/** On air with their camera, or heard only while their name card is shown. */
export const ON_AIR_MODES = ['video', 'audioOnly'] as const;
export const OnAirModeSchema = z.enum(ON_AIR_MODES);
export type OnAirMode = z.infer<typeof OnAirModeSchema>;

/** What the producer tells a speaker; `message` carries free text. */
export const CUE_KINDS = [
  'standBy',
  'onAirIn10s',
  'onAirNow',
  'wrapUp',
  'offAir',
  'message',
] as const;
export const CueKindSchema = z.enum(CUE_KINDS);
export type CueKind = z.infer<typeof CueKindSchema>;

/** One entry of the on-air log: a speaker put on air, or (null) the speaker taken off. */
export interface OnAirEntry<Speaker> {
  speaker: Speaker | null;
  at: Date;
}

/** Where `at` is in a recording that started at `startedAt`, in seconds (tenths), never before 0. */
export function secondsInto(startedAt: Date, at: Date): number {
  return Math.max(0, Math.round((at.getTime() - startedAt.getTime()) / 100) / 10);
}

/**
 * Chapters of the recording: each speaker's time on air, in seconds since the recording
 * started (`startedAt`: when the producer's recorder started, which is a moment after the
 * event went live; by default, going live). Entries before going live were rehearsal and are
 * left out; going live logs whoever is on air at that moment. Of the entries between going
 * live and the recording's start, the last says who is on air when the recording starts: their
 * chapter is at 0.
 */
export function chaptersOf<Speaker>(
  log: readonly OnAirEntry<Speaker>[],
  liveAt: Date | null,
  startedAt: Date | null = liveAt,
): Array<{ speaker: Speaker; atSeconds: number }> {
  if (!liveAt || !startedAt) return [];
  const chapters: Array<{ speaker: Speaker; atSeconds: number }> = [];
  let atStart: Speaker | null = null;
  for (const entry of log) {
    if (entry.at < liveAt) continue;
    if (entry.at <= startedAt) atStart = entry.speaker;
    else if (entry.speaker !== null)
      chapters.push({ speaker: entry.speaker, atSeconds: secondsInto(startedAt, entry.at) });
  }
  return atStart === null ? chapters : [{ speaker: atStart, atSeconds: 0 }, ...chapters];
}

/**
 * Whether an event is over for its viewers: its studio ended, or its scheduled end has passed
 * without it going live (nothing more will happen there).
 */
export function isEventOver(status: StudioStatus, endsAt: Date, now: Date = new Date()): boolean {
  return status === 'ended' || (status === 'scheduled' && now > endsAt);
}
