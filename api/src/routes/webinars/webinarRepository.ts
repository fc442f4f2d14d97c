/** Webinars with their exhibitor's name joined in; the fair schedule and each stand's list. */
import type {
  Page,
  Webinar,
  WebinarInput,
  WebinarQuery,
  WebinarStatus,
  WebinarUpdate,
} from '@salon/shared';
import { and, asc, count, eq, gte, inArray, lte, ne, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { localized, pageOffset } from '../../db/localized.ts';
import * as t from '../../db/schema/index.ts';

const columns = { webinar: t.webinars, nameRu: t.exhibitors.nameRu, nameEn: t.exhibitors.nameEn };
type Row = { webinar: typeof t.webinars.$inferSelect; nameRu: string; nameEn: string };

function toWebinar({ webinar, nameRu, nameEn }: Row): Webinar {
  return {
    id: webinar.id,
    exhibitorId: webinar.exhibitorId,
    exhibitorName: localized(nameRu, nameEn),
    title: localized(webinar.titleRu, webinar.titleEn),
    description: localized(webinar.descriptionRu, webinar.descriptionEn),
    startsAt: webinar.startsAt.toISOString(),
    durationMinutes: webinar.durationMinutes,
    language: webinar.language,
    status: webinar.status,
    format: webinar.format,
    topicCodes: webinar.topicCodes,
  };
}

function selectWebinars(db: Database) {
  return db
    .select(columns)
    .from(t.webinars)
    .innerJoin(t.exhibitors, eq(t.exhibitors.id, t.webinars.exhibitorId));
}

export async function getWebinar(db: Database, id: string): Promise<Webinar | null> {
  const [row] = await selectWebinars(db).where(eq(t.webinars.id, id));
  return row ? toWebinar(row) : null;
}

/** Several webinars by id, in one query. */
export async function webinarsByIds(
  db: Database,
  ids: readonly string[],
): Promise<Map<string, Webinar>> {
  if (ids.length === 0) return new Map();
  const rows = await selectWebinars(db).where(inArray(t.webinars.id, [...ids]));
  return new Map(rows.map((row) => [row.webinar.id, toWebinar(row)]));
}

/** A stand's webinars that are coming or live, soonest first. */
export async function listStandWebinars(db: Database, exhibitorId: string): Promise<Webinar[]> {
  const rows = await selectWebinars(db)
    .where(and(eq(t.webinars.exhibitorId, exhibitorId), ne(t.webinars.status, 'ended')))
    .orderBy(asc(t.webinars.startsAt))
    .limit(100);
  return rows.map(toWebinar);
}

export async function listWebinars(db: Database, query: WebinarQuery): Promise<Page<Webinar>> {
  const conditions: SQL[] = [];
  if (query.from) conditions.push(gte(t.webinars.startsAt, new Date(query.from)));
  if (query.to) conditions.push(lte(t.webinars.startsAt, new Date(query.to)));
  if (query.status) conditions.push(eq(t.webinars.status, query.status));
  if (query.topic) conditions.push(sql`${query.topic} = any(${t.webinars.topicCodes})`);
  const where = and(...conditions);
  const rows = await selectWebinars(db)
    .where(where)
    .orderBy(asc(t.webinars.startsAt), asc(t.webinars.id))
    .limit(query.pageSize)
    .offset(pageOffset(query.page, query.pageSize));
  const [totals] = await db.select({ total: count() }).from(t.webinars).where(where);
  return {
    items: rows.map(toWebinar),
    page: query.page,
    pageSize: query.pageSize,
    total: totals?.total ?? 0,
  };
}

function inputColumns(input: WebinarUpdate) {
  return {
    ...(input.title ? { titleRu: input.title.ru, titleEn: input.title.en } : {}),
    ...(input.description
      ? { descriptionRu: input.description.ru, descriptionEn: input.description.en }
      : {}),
    ...(input.startsAt ? { startsAt: new Date(input.startsAt) } : {}),
    ...(input.durationMinutes ? { durationMinutes: input.durationMinutes } : {}),
    ...(input.language ? { language: input.language } : {}),
    ...(input.format ? { format: input.format } : {}),
  };
}

export async function createWebinar(
  db: Database,
  exhibitorId: string,
  input: WebinarInput,
  createdBy: string,
): Promise<string> {
  const topics = await db
    .select({ code: t.exhibitorTopics.topicCode })
    .from(t.exhibitorTopics)
    .where(eq(t.exhibitorTopics.exhibitorId, exhibitorId))
    .orderBy(asc(t.exhibitorTopics.position));
  const [row] = await db
    .insert(t.webinars)
    .values({
      exhibitorId,
      titleRu: input.title.ru,
      titleEn: input.title.en,
      descriptionRu: input.description.ru,
      descriptionEn: input.description.en,
      startsAt: new Date(input.startsAt),
      durationMinutes: input.durationMinutes,
      language: input.language,
      format: input.format,
      topicCodes: topics.map((topic) => topic.code),
      createdBy,
    })
    .returning({ id: t.webinars.id });
  if (!row) throw new Error('The database did not return the new webinar');
  return row.id;
}

export async function updateWebinar(
  db: Database,
  exhibitorId: string,
  id: string,
  input: WebinarUpdate,
): Promise<boolean> {
  const rows = await db
    .update(t.webinars)
    .set(inputColumns(input))
    .where(and(eq(t.webinars.id, id), eq(t.webinars.exhibitorId, exhibitorId)))
    .returning({ id: t.webinars.id });
  return rows.length > 0;
}

export async function deleteWebinar(
  db: Database,
  exhibitorId: string,
  id: string,
): Promise<boolean> {
  const rows = await db
    .delete(t.webinars)
    .where(and(eq(t.webinars.id, id), eq(t.webinars.exhibitorId, exhibitorId)))
    .returning({ id: t.webinars.id });
  return rows.length > 0;
}

export async function setWebinarStatus(
  db: Database,
  id: string,
  status: WebinarStatus,
): Promise<void> {
  await db.update(t.webinars).set({ status }).where(eq(t.webinars.id, id));
}
