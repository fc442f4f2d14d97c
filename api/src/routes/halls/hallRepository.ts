/** Halls and their currently published layout. */
import type { HallSummary, PublishedLayout } from '@salon/shared';
import { and, asc, count, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { localized } from '../../db/localized.ts';
import * as t from '../../db/schema/index.ts';
import { fromLayoutRows } from '../../db/seed/layoutRows.ts';

export async function listHalls(db: Database): Promise<HallSummary[]> {
  const rows = await db
    .select({
      hall: t.halls,
      version: t.layoutVersions.version,
      standCount: count(t.stands.id),
    })
    .from(t.halls)
    .leftJoin(
      t.layoutVersions,
      and(eq(t.layoutVersions.hallId, t.halls.id), eq(t.layoutVersions.status, 'published')),
    )
    .leftJoin(t.stands, eq(t.stands.layoutVersionId, t.layoutVersions.id))
    .groupBy(t.halls.id, t.layoutVersions.version)
    .orderBy(asc(t.halls.position));
  return rows.map(({ hall, version, standCount }) => ({
    id: hall.id,
    name: localized(hall.nameRu, hall.nameEn),
    floor: { width: hall.floorWidth, depth: hall.floorDepth },
    standCount,
    publishedVersion: version,
  }));
}

export async function getPublishedLayout(
  db: Database,
  hallId: string,
): Promise<PublishedLayout | null> {
  const [row] = await db
    .select({ hall: t.halls, version: t.layoutVersions })
    .from(t.layoutVersions)
    .innerJoin(t.halls, eq(t.halls.id, t.layoutVersions.hallId))
    .where(and(eq(t.layoutVersions.hallId, hallId), eq(t.layoutVersions.status, 'published')));
  if (!row) return null;
  const versionId = row.version.id;
  const [stands, alleys, screens, spawnPoints] = await Promise.all([
    db
      .select()
      .from(t.stands)
      .where(eq(t.stands.layoutVersionId, versionId))
      .orderBy(asc(t.stands.id)),
    db
      .select()
      .from(t.alleys)
      .where(eq(t.alleys.layoutVersionId, versionId))
      .orderBy(asc(t.alleys.id)),
    db
      .select()
      .from(t.screens)
      .where(eq(t.screens.layoutVersionId, versionId))
      .orderBy(asc(t.screens.id)),
    db
      .select()
      .from(t.spawnPoints)
      .where(eq(t.spawnPoints.layoutVersionId, versionId))
      .orderBy(asc(t.spawnPoints.id)),
  ]);
  return {
    hallId,
    version: row.version.version,
    publishedAt: (row.version.publishedAt ?? row.version.createdAt).toISOString(),
    floor: { width: row.hall.floorWidth, depth: row.hall.floorDepth },
    layout: fromLayoutRows({ stands, alleys, screens, spawnPoints }),
  };
}
