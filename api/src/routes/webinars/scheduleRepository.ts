/** Schedule items with their webinar or forum event, in start order; two queries in all. */
import type { ScheduleAdd, ScheduleItem } from '@salon/shared';
import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import * as t from '../../db/schema/index.ts';
import { summarise } from '../forum/eventRepository.ts';
import { getWebinar, webinarsByIds } from './webinarRepository.ts';

const SCHEDULE_LIMIT = 500;

export async function listSchedule(db: Database, userId: string): Promise<ScheduleItem[]> {
  const rows = await db
    .select()
    .from(t.scheduleItems)
    .where(eq(t.scheduleItems.userId, userId))
    .limit(SCHEDULE_LIMIT);
  const webinarIds = rows.flatMap((row) => (row.webinarId ? [row.webinarId] : []));
  const eventIds = rows.flatMap((row) => (row.eventId ? [row.eventId] : []));
  const webinars = await webinarsByIds(db, webinarIds);
  const eventRows =
    eventIds.length > 0
      ? await db.select().from(t.forumEvents).where(inArray(t.forumEvents.id, eventIds))
      : [];
  const events = new Map((await summarise(db, eventRows)).map((event) => [event.id, event]));
  const items = rows.map((row) => ({
    id: row.id,
    addedAt: row.addedAt.toISOString(),
    webinar: row.webinarId ? (webinars.get(row.webinarId) ?? null) : null,
    event: row.eventId ? (events.get(row.eventId) ?? null) : null,
  }));
  const startOf = (item: ScheduleItem) =>
    Date.parse(item.webinar?.startsAt ?? item.event?.startsAt ?? item.addedAt);
  return items.sort((a, b) => startOf(a) - startOf(b));
}

export async function addToSchedule(
  db: Database,
  userId: string,
  add: ScheduleAdd,
): Promise<ScheduleItem | null> {
  if ('webinarId' in add) {
    if (!(await getWebinar(db, add.webinarId))) return null;
    await db
      .insert(t.scheduleItems)
      .values({ userId, webinarId: add.webinarId })
      .onConflictDoNothing();
  } else {
    const [event] = await db
      .select({ id: t.forumEvents.id })
      .from(t.forumEvents)
      .where(eq(t.forumEvents.id, add.eventId));
    if (!event) return null;
    await db.insert(t.scheduleItems).values({ userId, eventId: add.eventId }).onConflictDoNothing();
  }
  const items = await listSchedule(db, userId);
  return (
    items.find((item) =>
      'webinarId' in add ? item.webinar?.id === add.webinarId : item.event?.id === add.eventId,
    ) ?? null
  );
}

export async function removeFromSchedule(
  db: Database,
  userId: string,
  itemId: string,
): Promise<boolean> {
  const rows = await db
    .delete(t.scheduleItems)
    .where(and(eq(t.scheduleItems.id, itemId), eq(t.scheduleItems.userId, userId)))
    .returning({ id: t.scheduleItems.id });
  return rows.length > 0;
}
