/** Speakers: the directory and a speaker's own page with their events. */
import type { Page, Speaker, SpeakerDetail, SpeakerQuery } from '@salon/shared';
import { asc, count, eq, like } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { pageOffset } from '../../db/localized.ts';
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
