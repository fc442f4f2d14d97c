/**
 * The schedule's filters as the URL holds them: which days a phase shows, whether a chosen day
 * still fits a newly chosen phase, and how many filters are on (for "Clear filters").
 */
import type { ForumFacets, ForumPhase } from '@salon/shared';
import { FORUM_PHASES } from '@salon/shared';

export const SCHEDULE_FILTERS = ['q', 'phase', 'day', 'stage', 'cluster', 'speaker'] as const;
export type ScheduleFilter = (typeof SCHEDULE_FILTERS)[number];

type Day = ForumFacets['days'][number];

/** A phase from the URL, or undefined for anything else (a typed or stale link). */
export function phaseOf(value: string): ForumPhase | undefined {
  return (FORUM_PHASES as readonly string[]).includes(value) ? (value as ForumPhase) : undefined;
}

/** The day tabs to show: every day, or only the chosen phase's days. */
export function daysOfPhase(days: readonly Day[], phase: string): Day[] {
  const chosen = phaseOf(phase);
  return chosen ? days.filter((day) => day.phase === chosen) : [...days];
}

/**
 * The day filter after the phase changes to `phase`: kept when that day belongs to the phase
 * (or the phase is "all"), otherwise cleared, so the two never contradict each other.
 */
export function dayAfterPhase(days: readonly Day[], day: string, phase: string): string {
  if (!day) return '';
  const chosen = phaseOf(phase);
  if (!chosen) return day;
  return days.some((entry) => entry.day === day && entry.phase === chosen) ? day : '';
}

/** How many filters are on; the page is not a filter. */
export function activeFilters(values: Readonly<Record<ScheduleFilter, string>>): number {
  return SCHEDULE_FILTERS.filter((key) => values[key] !== '').length;
}

/**
 * The URL's query after choosing `phase`: the phase set (or removed for "all"), a day that does
 * not belong to it dropped, and back to the first page, all in one change, so that one press of
 * the back button undoes it.
 */
export function withPhase(
  params: URLSearchParams,
  days: readonly Day[],
  phase: string,
): URLSearchParams {
  const next = new URLSearchParams(params);
  const chosen = phaseOf(phase);
  if (chosen) next.set('phase', chosen);
  else next.delete('phase');
  const day = dayAfterPhase(days, next.get('day') ?? '', phase);
  if (day) next.set('day', day);
  else next.delete('day');
  next.delete('page');
  return next;
}
