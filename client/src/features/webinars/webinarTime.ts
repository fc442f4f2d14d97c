/**
 * A webinar's time as a visitor reads it: the start in their own time zone (with the zone's
 * name, since exhibitors and visitors are spread over eleven of them), and, when it is soon,
 * how long until it starts. The countdown is an i18n key with its values, so both languages
 * plural it their own way.
 */
import type { Locale } from '@salon/shared';

/** A countdown shows from this long before the start. */
export const COUNTDOWN_FROM_MS = 6 * 60 * 60_000;

export function formatStart(iso: string, locale: Locale, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
    ...(timeZone ? { timeZone } : {}),
  }).format(new Date(iso));
}

/** The visitor's time zone, e.g. "Europe/Moscow" (the name the browser knows it by). */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export interface Countdown {
  key: 'live.countdown.minutes' | 'live.countdown.hours' | 'live.countdown.due';
  values: { count?: number; hours?: number; minutes?: number };
}

/**
 * Until the start: whole minutes rounded up (one second left is "1 minute"), hours and minutes
 * from an hour on, "any moment" once the time has come; null when the start is far off or the
 * time is not a time.
 */
export function countdown(startsAt: string, now: number): Countdown | null {
  const left = Date.parse(startsAt) - now;
  if (Number.isNaN(left) || left > COUNTDOWN_FROM_MS) return null;
  if (left <= 0) return { key: 'live.countdown.due', values: {} };
  const minutes = Math.ceil(left / 60_000);
  if (minutes < 60) return { key: 'live.countdown.minutes', values: { count: minutes } };
  return {
    key: 'live.countdown.hours',
    values: { hours: Math.floor(minutes / 60), minutes: minutes % 60 },
  };
}
