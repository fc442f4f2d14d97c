/**
 * Which of its three faces the event player shows: before the start (countdown), live (the
 * program), after the end (the recording). The studio's status decides; the schedule's times
 * only fill the gaps: a scheduled event past its start waits for the studio ("starting"), and
 * one past its end that never went live is over (as the api's `isEventOver` says).
 */
import type { StudioStatus } from '@salon/shared';

export type PlayerPhase = 'upcoming' | 'starting' | 'live' | 'ended';

export function playerPhase(
  status: StudioStatus,
  times: { startsAt: string; endsAt: string },
  now: number,
): PlayerPhase {
  if (status === 'live') return 'live';
  if (status === 'ended') return 'ended';
  if (now > Date.parse(times.endsAt)) return 'ended';
  return now >= Date.parse(times.startsAt) ? 'starting' : 'upcoming';
}

const SOON_MS = 10 * 60_000;

/**
 * How often (ms) to ask whether the broadcast started or ended, or false to stop: the chat
 * stream usually says first, this covers a stream that is down. Often near and after the
 * start, rarely days ahead, never once it is over.
 */
export function broadcastPoll(phase: PlayerPhase, msToStart: number): number | false {
  if (phase === 'ended') return false;
  if (phase === 'live') return 30_000;
  return phase === 'starting' || msToStart < SOON_MS ? 10_000 : 60_000;
}
