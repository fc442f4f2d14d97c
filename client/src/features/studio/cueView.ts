/**
 * The producer's cue as the person it is for sees it: only their own, only while fresh (a cue
 * a minute old is no longer news), and "on air in 10 s" counting down from when it was sent.
 */
import type { CueKind, StudioState } from '@salon/shared';

export const CUE_FRESH_MS = 60_000;
const COUNTDOWN_S = 10;

export interface CueView {
  kind: CueKind;
  text: string | null;
  /** Seconds left for "on air in 10 s"; null for the other cues. */
  secondsLeft: number | null;
  /** Identifies this cue, so that a new cue of the same kind is seen as new. */
  at: string;
}

export function cueView(
  cue: StudioState['cue'],
  speakerId: string | null,
  now: number,
): CueView | null {
  if (!cue || !speakerId || cue.speaker.id !== speakerId) return null;
  const elapsed = now - Date.parse(cue.at);
  if (elapsed > CUE_FRESH_MS) return null;
  const secondsLeft =
    cue.kind === 'onAirIn10s'
      ? Math.max(0, Math.ceil(COUNTDOWN_S - Math.max(0, elapsed) / 1000))
      : null;
  return { kind: cue.kind, text: cue.text, secondsLeft, at: cue.at };
}
