/** University programs with their competencies, batched by id. */
import type { Page, Program, ProgramQuery } from '@salon/shared';
import { and, asc, count, eq, exists, inArray, like, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { localized, pageOffset } from '../../db/localized.ts';
import * as t from '../../db/schema/index.ts';
import { containsPattern } from '../../db/searchText.ts';

type ProgramRow = typeof t.programs.$inferSelect;

function filtersOf(db: Database, query: ProgramQuery): SQL | undefined {
  const conditions: SQL[] = [];
  if (query.q) conditions.push(like(t.programs.searchText, containsPattern(query.q)));
  if (query.format) conditions.push(eq(t.programs.format, query.format));
  if (query.competency) {
    conditions.push(
      exists(
        db
          .select({ one: t.programCompetencies.programId })
          .from(t.programCompetencies)
          .where(
            and(
              eq(t.programCompetencies.programId, t.programs.id),
              eq(t.programCompetencies.competencyCode, query.competency),
            ),
          ),
      ),
    );
  }
  return and(...conditions);
}

async function toPrograms(db: Database, rows: readonly ProgramRow[]): Promise<Program[]> {
  if (rows.length === 0) return [];
  const links = await db
    .select()
    .from(t.programCompetencies)
    .where(
      inArray(
        t.programCompetencies.programId,
        rows.map((row) => row.id),
      ),
    )
    .orderBy(asc(t.programCompetencies.programId), asc(t.programCompetencies.position));
  const codes = new Map<string, string[]>();
  for (const link of links) {
    codes.set(link.programId, [...(codes.get(link.programId) ?? []), link.competencyCode]);
  }
  return rows.map((row) => ({
    id: row.id,
    title: localized(row.titleRu, row.titleEn),
    description: localized(row.descriptionRu, row.descriptionEn),
    // The column holds only the sizes the schema allows; the seed and writes are validated.
    hours: row.hours as Program['hours'],
    format: row.format,
    provider: localized(row.providerRu, row.providerEn),
    competencyCodes: codes.get(row.id) ?? [],
  }));
}

export async function listPrograms(db: Database, query: ProgramQuery): Promise<Page<Program>> {
  const where = filtersOf(db, query);
  const rows = await db
    .select()
    .from(t.programs)
    .where(where)
    .orderBy(asc(t.programs.titleRu), asc(t.programs.id))
    .limit(query.pageSize)
    .offset(pageOffset(query.page, query.pageSize));
  const [totals] = await db.select({ total: count() }).from(t.programs).where(where);
  return {
    items: await toPrograms(db, rows),
    page: query.page,
    pageSize: query.pageSize,
    total: totals?.total ?? 0,
  };
}

export async function getProgram(db: Database, id: string): Promise<Program | null> {
  const rows = await db.select().from(t.programs).where(eq(t.programs.id, id));
  const [program] = await toPrograms(db, rows);
  return program ?? null;
}
