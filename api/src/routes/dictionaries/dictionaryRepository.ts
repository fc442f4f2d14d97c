/** Reference lists, in their display order. */
import type { Competency, Region, Topic } from '@salon/shared';
import { asc } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { localized } from '../../db/localized.ts';
import * as t from '../../db/schema/index.ts';

export async function listRegions(db: Database): Promise<Region[]> {
  const rows = await db.select().from(t.regions).orderBy(asc(t.regions.nameRu));
  return rows.map((row) => ({ code: row.code, name: localized(row.nameRu, row.nameEn) }));
}

export async function listTopics(db: Database): Promise<Topic[]> {
  const rows = await db.select().from(t.topics).orderBy(asc(t.topics.position));
  return rows.map((row) => ({ code: row.code, name: localized(row.nameRu, row.nameEn) }));
}

export async function listCompetencies(db: Database): Promise<Competency[]> {
  const rows = await db.select().from(t.competencies).orderBy(asc(t.competencies.position));
  return rows.map((row) => ({ code: row.code, name: localized(row.nameRu, row.nameEn) }));
}
