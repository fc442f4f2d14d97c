/**
 * During the continuation, exhibitors' webinars and master classes run beside the forum's
 * broadcasts. For one forum event these are the webinars of the same day on its cluster's
 * topic that have not ended: live ones first, then those running at the same time as the
 * event, then the rest of the day in start order. When only a few fit, each format on the
 * topic keeps its best one, so a master class is not crowded out by webinars (or the reverse).
 */
import type { EventSummary, Webinar } from '@salon/shared';

type Timed = Pick<EventSummary, 'startsAt' | 'endsAt'>;

/** Whether the event's scheduled time covers `now`. */
export function isOnNow(event: Timed, now: number): boolean {
  return Date.parse(event.startsAt) <= now && now < Date.parse(event.endsAt);
}

/** The days (fair days, as the api names them) of the continuation events in a list, in order. */
export function continuationDays(events: readonly EventSummary[]): string[] {
  const days = new Set(
    events.filter((event) => event.phase === 'continuation').map((event) => event.day),
  );
  return [...days].sort();
}

function webinarEnd(webinar: Webinar): number {
  return Date.parse(webinar.startsAt) + webinar.durationMinutes * 60_000;
}

function overlaps(webinar: Webinar, event: Timed): boolean {
  return (
    Date.parse(webinar.startsAt) < Date.parse(event.endsAt) &&
    webinarEnd(webinar) > Date.parse(event.startsAt)
  );
}

/** The webinars beside `event` among `dayWebinars` (the webinars of the event's day). */
export function webinarsBeside(
  event: Pick<EventSummary, 'clusterCode' | 'startsAt' | 'endsAt'>,
  dayWebinars: readonly Webinar[],
  now: number,
): Webinar[] {
  const rank = (webinar: Webinar) =>
    webinar.status === 'live' ? 0 : overlaps(webinar, event) ? 1 : 2;
  return dayWebinars
    .filter(
      (webinar) =>
        webinar.topicCodes.includes(event.clusterCode) &&
        webinar.status !== 'ended' &&
        webinarEnd(webinar) > now,
    )
    .sort((a, b) => rank(a) - rank(b) || Date.parse(a.startsAt) - Date.parse(b.startsAt));
}

/**
 * The first `limit` of a ranked list, except that the best of each format in it is always
 * among them (taking the places of the lowest-ranked others); the ranking order is kept.
 */
export function shownBeside(ranked: readonly Webinar[], limit: number): Webinar[] {
  // The first of each format, in ranking order.
  const firsts = ranked.filter(
    (webinar, index) => ranked.findIndex((other) => other.format === webinar.format) === index,
  );
  const kept = new Set(firsts.slice(0, limit));
  for (const webinar of ranked) {
    if (kept.size >= limit) break;
    kept.add(webinar);
  }
  return ranked.filter((webinar) => kept.has(webinar));
}
