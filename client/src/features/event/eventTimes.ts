/**
 * An event's time as the player states it: in Moscow time (the fair's clock, as the schedule
 * shows it) and, when the visitor's own clock differs, in their time zone too.
 */
import type { Locale } from '@salon/shared';

export const FAIR_TIME_ZONE = 'Europe/Moscow';

export function formatEventTime(
  times: { startsAt: string; endsAt: string },
  locale: Locale,
  timeZone: string,
): string {
  const day = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    timeZone,
  });
  const clock = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone });
  const start = new Date(times.startsAt);
  const end = new Date(times.endsAt);
  const endDay = day.format(end) === day.format(start) ? '' : `${day.format(end)}, `;
  return `${day.format(start)}, ${clock.format(start)}–${endDay}${clock.format(end)}`;
}

/** True when two time zones show the same wall-clock time at this moment. */
export function sameWallClock(at: string, zoneA: string, zoneB: string): boolean {
  const format = (timeZone: string) =>
    new Intl.DateTimeFormat('en', {
      dateStyle: 'short',
      timeStyle: 'short',
      hourCycle: 'h23',
      timeZone,
    }).format(new Date(at));
  return format(zoneA) === format(zoneB);
}

export function visitorTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
