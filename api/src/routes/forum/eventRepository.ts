/**
 * Forum schedule queries. A page of events is three queries whatever its size: the events, the
 * speakers of all of them, and their moderators.
 */
import type { EventDetail, EventQuery, EventSummary, Page, PersonRef } from '@salon/shared';
import { and, asc, count, eq, exists, inArray, like, or, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { localized, pageOffset } from '../../db/localized.ts';
import * as t from '../../db/schema/index.ts';
import { containsPattern } from '../../db/searchText.ts';
import { toSpeaker } from './speakerRows.ts';

type EventRow = typeof t.forumEvents.$inferSelect;

function speaksAt(db: Database, speakerId: string): SQL {
  return exists(
    db
      .select({ one: t.eventSpeakers.eventId })
      .from(t.eventSpeakers)
      .where(
        and(
          eq(t.eventSpeakers.eventId, t.forumEvents.id),
          eq(t.eventSpeakers.speakerId, speakerId),
        ),
      ),
  );
}

/** Events where this person speaks or moderates. */
export function involving(db: Database, speakerId: string): SQL {
  return or(eq(t.forumEvents.moderatorId, speakerId), speaksAt(db, speakerId)) as SQL;
}

function filtersOf(db: Database, query: EventQuery): SQL | undefined {
  const conditions: SQL[] = [];
  if (query.q) conditions.push(like(t.forumEvents.searchText, containsPattern(query.q)));
  if (query.day) conditions.push(eq(t.forumEvents.day, query.day));
  if (query.phase) conditions.push(eq(t.forumEvents.phase, query.phase));
  if (query.cluster) conditions.push(eq(t.forumEvents.clusterCode, query.cluster));
  if (query.stage) conditions.push(eq(t.forumEvents.stageId, query.stage));
  if (query.speaker) conditions.push(involving(db, query.speaker));
  return and(...conditions);
}

const personColumns = { id: t.speakers.id, nameRu: t.speakers.nameRu, nameEn: t.speakers.nameEn };

/** Turns event rows into summaries, loading every speaker and moderator name in two queries. */
export async function summarise(db: Database, rows: readonly EventRow[]): Promise<EventSummary[]> {
  if (rows.length === 0) return [];
  const eventIds = rows.map((row) => row.id);
  const speakerRows = await db
    .select({ eventId: t.eventSpeakers.eventId, ...personColumns })
    .from(t.eventSpeakers)
    .innerJoin(t.speakers, eq(t.speakers.id, t.eventSpeakers.speakerId))
    .where(inArray(t.eventSpeakers.eventId, eventIds))
    .orderBy(asc(t.eventSpeakers.eventId), asc(t.eventSpeakers.position));
  const moderatorRows = await db
    .select(personColumns)
    .from(t.speakers)
    .where(inArray(t.speakers.id, [...new Set(rows.map((row) => row.moderatorId))]));

  const speakersByEvent = new Map<string, PersonRef[]>();
  for (const row of speakerRows) {
    const list = speakersByEvent.get(row.eventId) ?? [];
    list.push({ id: row.id, name: localized(row.nameRu, row.nameEn) });
    speakersByEvent.set(row.eventId, list);
  }
  const moderators = new Map(
    moderatorRows.map((row) => [row.id, { id: row.id, name: localized(row.nameRu, row.nameEn) }]),
  );

  return rows.map((row) => {
    const moderator = moderators.get(row.moderatorId);
    if (!moderator) throw new Error(`Event ${row.id} names a moderator that does not exist`);
    return {
      id: row.id,
      phase: row.phase,
      day: row.day,
      clusterCode: row.clusterCode,
      stageId: row.stageId,
      format: row.format,
      startsAt: row.startsAt.toISOString(),
      endsAt: row.endsAt.toISOString(),
      title: localized(row.titleRu, row.titleEn),
      moderator,
      speakers: speakersByEvent.get(row.id) ?? [],
    };
  });
}

export async function listEvents(db: Database, query: EventQuery): Promise<Page<EventSummary>> {
  const where = filtersOf(db, query);
  const rows = await db
    .select()
    .from(t.forumEvents)
    .where(where)
    .orderBy(asc(t.forumEvents.startsAt), asc(t.forumEvents.stageId), asc(t.forumEvents.id))
    .limit(query.pageSize)
    .offset(pageOffset(query.page, query.pageSize));
  const [totals] = await db.select({ total: count() }).from(t.forumEvents).where(where);
  return {
    items: await summarise(db, rows),
    page: query.page,
    pageSize: query.pageSize,
    total: totals?.total ?? 0,
  };
}

export async function getEvent(db: Database, id: string): Promise<EventDetail | null> {
  const [row] = await db
    .select({ event: t.forumEvents, stage: t.stages, cluster: t.topics })
    .from(t.forumEvents)
    .innerJoin(t.stages, eq(t.stages.id, t.forumEvents.stageId))
    .innerJoin(t.topics, eq(t.topics.code, t.forumEvents.clusterCode))
    .where(eq(t.forumEvents.id, id));
  if (!row) return null;
  const [summary] = await summarise(db, [row.event]);
  const speakerRows = await db
    .select({ speaker: t.speakers })
    .from(t.eventSpeakers)
    .innerJoin(t.speakers, eq(t.speakers.id, t.eventSpeakers.speakerId))
    .where(eq(t.eventSpeakers.eventId, id))
    .orderBy(asc(t.eventSpeakers.position));
  const [moderator] = await db
    .select()
    .from(t.speakers)
    .where(eq(t.speakers.id, row.event.moderatorId));
  if (!summary || !moderator) return null;
  return {
    ...summary,
    description: localized(row.event.descriptionRu, row.event.descriptionEn),
    moderator: toSpeaker(moderator),
    speakers: speakerRows.map(({ speaker }) => toSpeaker(speaker)),
    stage: { id: row.stage.id, name: localized(row.stage.nameRu, row.stage.nameEn) },
    cluster: { code: row.cluster.code, name: localized(row.cluster.nameRu, row.cluster.nameEn) },
  };
}
