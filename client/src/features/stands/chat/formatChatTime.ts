/** A message's time: hours and minutes today, with the date on other days. */
import type { Locale } from '@salon/shared';

export function formatChatTime(iso: string, locale: Locale, now: Date, timeZone?: string): string {
  const date = new Date(iso);
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeZone });
  const sameDay = day.format(date) === day.format(now);
  return new Intl.DateTimeFormat(locale, {
    ...(sameDay ? {} : { day: 'numeric', month: 'short' }),
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
  }).format(date);
}
