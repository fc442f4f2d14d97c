/** Speakers: the directory and a speaker's own page with their events. */
import type { Page, PersonRef, Speaker, SpeakerDetail, SpeakerQuery } from '@salon/shared';
import { asc, count, eq, inArray, like } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { localized, pageOffset } from '../../db/localized.ts';
import * as t from '../../db/schema/index.ts';
import { containsPattern } from '../../db/searchText.ts';
import { involving, summarise } from './eventRepository.ts';
import { toSpeaker } from './speakerRows.ts';

export async function listSpeakers(db: Database, query: SpeakerQuery): Promise<Page<Speaker>> {
  const where = query.q ? like(t.speakers.searchText, containsPattern(query.q)) : undefined;
  const rows = await db
    .select()
    .from(t.speakers)
    .where(where)
    .orderBy(asc(t.speakers.nameRu), asc(t.speakers.id))
    .limit(query.pageSize)
    .offset(pageOffset(query.page, query.pageSize));
  const [totals] = await db.select({ total: count() }).from(t.speakers).where(where);
  return {
    items: rows.map(toSpeaker),
    page: query.page,
    pageSize: query.pageSize,
    total: totals?.total ?? 0,
  };
}

export async function getSpeaker(db: Database, id: string): Promise<SpeakerDetail | null> {
  const [row] = await db.select().from(t.speakers).where(eq(t.speakers.id, id));
  if (!row) return null;
  const eventRows = await db
    .select()
    .from(t.forumEvents)
    .where(involving(db, id))
    .orderBy(asc(t.forumEvents.startsAt));
  return { ...toSpeaker(row), events: await summarise(db, eventRows) };
}

/** Names of several speakers by id, in one query, for lists that refer to them. */
export async function speakerRefs(
  db: Database,
  ids: Iterable<string>,
): Promise<Map<string, PersonRef>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ id: t.speakers.id, nameRu: t.speakers.nameRu, nameEn: t.speakers.nameEn })
    .from(t.speakers)
    .where(inArray(t.speakers.id, unique));
  return new Map(
    rows.map((row) => [row.id, { id: row.id, name: localized(row.nameRu, row.nameEn) }]),
  );
}
