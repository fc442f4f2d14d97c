/**
 * A schedule as iCalendar (RFC 5545) with the `ics` library: one VEVENT per item, times in UTC,
 * titles in Russian with English after a slash (calendar apps show one title), and a link back.
 * Each event states its end (DTEND), which every calendar app reads, rather than a DURATION.
 */
import type { ScheduleItem } from '@salon/shared';
import { createEvents, type EventAttributes } from 'ics';

function toEvent(item: ScheduleItem, origin: string): EventAttributes | null {
  const source = item.webinar
    ? {
        uid: `webinar-${item.webinar.id}@salon`,
        title: item.webinar.title,
        description: item.webinar.description,
        start: Date.parse(item.webinar.startsAt),
        minutes: item.webinar.durationMinutes,
        url: `${origin}/stands/${item.webinar.exhibitorId}`,
        where: item.webinar.exhibitorName,
      }
    : item.event
      ? {
          uid: `event-${item.event.id}@salon`,
          title: item.event.title,
          description: null,
          start: Date.parse(item.event.startsAt),
          minutes: Math.round(
            (Date.parse(item.event.endsAt) - Date.parse(item.event.startsAt)) / 60_000,
          ),
          url: `${origin}/forum/${item.event.id}`,
          where: null,
        }
      : null;
  if (!source) return null;
  return {
    uid: source.uid,
    title: `${source.title.ru} / ${source.title.en}`,
    ...(source.description
      ? { description: `${source.description.ru}\n\n${source.description.en}` }
      : {}),
    start: source.start,
    startInputType: 'utc',
    startOutputType: 'utc',
    end: source.start + source.minutes * 60_000,
    endInputType: 'utc',
    endOutputType: 'utc',
    url: source.url,
    ...(source.where ? { location: `${source.where.ru} — Salon` } : { location: 'Salon' }),
  };
}

export function scheduleToIcs(items: readonly ScheduleItem[], origin: string): string {
  const events = items.flatMap((item) => {
    const event = toEvent(item, origin);
    return event ? [event] : [];
  });
  const { error, value } = createEvents(events, {
    productId: '-//Salon//Schedule//RU',
    calName: 'Salon',
  });
  if (error || value === null) throw error ?? new Error('Could not write the calendar');
  return value;
}
