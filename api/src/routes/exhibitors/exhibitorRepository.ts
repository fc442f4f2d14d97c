/** Exhibitor directory queries: one query per concern, batched by id (no per-row queries). */
import type {
  ExhibitorDetail,
  ExhibitorQuery,
  ExhibitorSummary,
  Page,
  StandLocation,
} from '@salon/shared';
import { and, asc, count, desc, eq, exists, inArray, like, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { localized, pageOffset } from '../../db/localized.ts';
import * as t from '../../db/schema/index.ts';
import { containsPattern } from '../../db/searchText.ts';
import { fileUrl } from '../files/fileUrl.ts';

type ExhibitorRow = typeof t.exhibitors.$inferSelect;

function filtersOf(db: Database, query: ExhibitorQuery): SQL | undefined {
  const conditions: SQL[] = [];
  if (query.q) conditions.push(like(t.exhibitors.searchText, containsPattern(query.q)));
  if (query.kind) conditions.push(eq(t.exhibitors.kind, query.kind));
  if (query.region) conditions.push(eq(t.exhibitors.regionCode, query.region));
  if (query.topic) {
    conditions.push(
      exists(
        db
          .select({ one: t.exhibitorTopics.topicCode })
          .from(t.exhibitorTopics)
          .where(
            and(
              eq(t.exhibitorTopics.exhibitorId, t.exhibitors.id),
              eq(t.exhibitorTopics.topicCode, query.topic),
            ),
          ),
      ),
    );
  }
  return and(...conditions);
}

async function topicCodesOf(db: Database, ids: string[]): Promise<Map<string, string[]>> {
  const byExhibitor = new Map<string, string[]>();
  if (ids.length === 0) return byExhibitor;
  const rows = await db
    .select()
    .from(t.exhibitorTopics)
    .where(inArray(t.exhibitorTopics.exhibitorId, ids))
    .orderBy(asc(t.exhibitorTopics.exhibitorId), asc(t.exhibitorTopics.position));
  for (const row of rows) {
    const codes = byExhibitor.get(row.exhibitorId) ?? [];
    codes.push(row.topicCode);
    byExhibitor.set(row.exhibitorId, codes);
  }
  return byExhibitor;
}

/** Stands of these exhibitors in the currently published layouts. */
async function standsOf(db: Database, ids: string[]): Promise<Map<string, StandLocation>> {
  const byExhibitor = new Map<string, StandLocation>();
  if (ids.length === 0) return byExhibitor;
  const rows = await db
    .select({
      exhibitorId: t.stands.exhibitorId,
      hallId: t.layoutVersions.hallId,
      standId: t.stands.id,
    })
    .from(t.stands)
    .innerJoin(
      t.layoutVersions,
      and(
        eq(t.layoutVersions.id, t.stands.layoutVersionId),
        eq(t.layoutVersions.status, 'published'),
      ),
    )
    .where(inArray(t.stands.exhibitorId, ids))
    .orderBy(asc(t.layoutVersions.hallId), asc(t.stands.id));
  for (const row of rows) {
    if (!byExhibitor.has(row.exhibitorId)) {
      byExhibitor.set(row.exhibitorId, { hallId: row.hallId, standId: row.standId });
    }
  }
  return byExhibitor;
}

/** The newest uploaded logo of each of these exhibitors, as the url it is served under. */
async function logosOf(db: Database, ids: string[]): Promise<Map<string, string>> {
  const byExhibitor = new Map<string, string>();
  if (ids.length === 0) return byExhibitor;
  const rows = await db
    .select({ exhibitorId: t.storedFiles.exhibitorId, id: t.storedFiles.id })
    .from(t.storedFiles)
    .where(and(inArray(t.storedFiles.exhibitorId, ids), eq(t.storedFiles.purpose, 'logo')))
    .orderBy(desc(t.storedFiles.createdAt));
  for (const row of rows) {
    if (row.exhibitorId && !byExhibitor.has(row.exhibitorId)) {
      byExhibitor.set(row.exhibitorId, fileUrl(row.id));
    }
  }
  return byExhibitor;
}

interface SummaryParts {
  topicCodes: Map<string, string[]>;
  stands: Map<string, StandLocation>;
  logos: Map<string, string>;
}

function toSummary(
  row: ExhibitorRow,
  { topicCodes, stands, logos }: SummaryParts,
): ExhibitorSummary {
  return {
    id: row.id,
    kind: row.kind,
    name: localized(row.nameRu, row.nameEn),
    regionCode: row.regionCode,
    topicCodes: topicCodes.get(row.id) ?? [],
    colors: { primary: row.colorPrimary, accent: row.colorAccent },
    stand: stands.get(row.id) ?? null,
    logoUrl: logos.get(row.id) ?? null,
  };
}

export async function listExhibitors(
  db: Database,
  query: ExhibitorQuery,
): Promise<Page<ExhibitorSummary>> {
  const where = filtersOf(db, query);
  const rows = await db
    .select()
    .from(t.exhibitors)
    .where(where)
    .orderBy(asc(t.exhibitors.nameRu), asc(t.exhibitors.id))
    .limit(query.pageSize)
    .offset(pageOffset(query.page, query.pageSize));
  const [totals] = await db.select({ total: count() }).from(t.exhibitors).where(where);
  const ids = rows.map((row) => row.id);
  const parts: SummaryParts = {
    topicCodes: await topicCodesOf(db, ids),
    stands: await standsOf(db, ids),
    logos: await logosOf(db, ids),
  };
  return {
    items: rows.map((row) => toSummary(row, parts)),
    page: query.page,
    pageSize: query.pageSize,
    total: totals?.total ?? 0,
  };
}

export async function getExhibitor(db: Database, id: string): Promise<ExhibitorDetail | null> {
  const [row] = await db
    .select({ exhibitor: t.exhibitors, region: t.regions })
    .from(t.exhibitors)
    .innerJoin(t.regions, eq(t.regions.code, t.exhibitors.regionCode))
    .where(eq(t.exhibitors.id, id));
  if (!row) return null;
  const topics = await db
    .select({ code: t.topics.code, nameRu: t.topics.nameRu, nameEn: t.topics.nameEn })
    .from(t.exhibitorTopics)
    .innerJoin(t.topics, eq(t.topics.code, t.exhibitorTopics.topicCode))
    .where(eq(t.exhibitorTopics.exhibitorId, id))
    .orderBy(asc(t.exhibitorTopics.position));
  const stands = await standsOf(db, [id]);
  const { exhibitor, region } = row;
  return {
    id: exhibitor.id,
    kind: exhibitor.kind,
    name: localized(exhibitor.nameRu, exhibitor.nameEn),
    description: localized(exhibitor.descriptionRu, exhibitor.descriptionEn),
    regionCode: exhibitor.regionCode,
    topicCodes: topics.map((topic) => topic.code),
    contacts: { website: exhibitor.website, email: exhibitor.email, phone: exhibitor.phone },
    colors: { primary: exhibitor.colorPrimary, accent: exhibitor.colorAccent },
    region: { code: region.code, name: localized(region.nameRu, region.nameEn) },
    topics: topics.map((topic) => ({
      code: topic.code,
      name: localized(topic.nameRu, topic.nameEn),
    })),
    stand: stands.get(id) ?? null,
  };
}
