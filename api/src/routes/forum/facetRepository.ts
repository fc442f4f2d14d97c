/** What the schedule can be filtered by: days (with their phase and event count), clusters, stages. */
import type { ForumFacets } from '@salon/shared';
import { asc, count } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { localized } from '../../db/localized.ts';
import * as t from '../../db/schema/index.ts';

export async function getForumFacets(db: Database): Promise<ForumFacets> {
  const days = await db
    .select({ day: t.forumEvents.day, phase: t.forumEvents.phase, eventCount: count() })
    .from(t.forumEvents)
    .groupBy(t.forumEvents.day, t.forumEvents.phase)
    .orderBy(asc(t.forumEvents.day));
  const clusters = await db.select().from(t.topics).orderBy(asc(t.topics.position));
  const stages = await db.select().from(t.stages).orderBy(asc(t.stages.position));
  return {
    days,
    clusters: clusters.map((row) => ({ code: row.code, name: localized(row.nameRu, row.nameEn) })),
    stages: stages.map((row) => ({ id: row.id, name: localized(row.nameRu, row.nameEn) })),
  };
}
