import { PublishedLayoutSchema, type HallLayout } from '@salon/shared';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.ts';
import * as t from '../../db/schema/index.ts';
import { toLayoutRows } from '../../db/seed/layoutRows.ts';
import { demoFair, describeEachDatabase } from '../../../test/testDatabases.ts';
import { getPublishedLayout, listHalls } from './hallRepository.ts';

const byId = <T extends { id: string }>(items: readonly T[]): T[] =>
  [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

function sampleLayout(standIds: readonly string[]): HallLayout {
  const exhibitorId = demoFair.exhibitors[0]?.id ?? '';
  return {
    stands: standIds.map((id, k) => ({
      id,
      exhibitorId,
      x: 5 + k * 6,
      y: 14,
      width: 4,
      depth: 4,
      facing: 'south',
    })),
    alleys: [{ id: 'a1', topicCode: null, from: { x: 0, y: 10 }, to: { x: 40, y: 10 }, width: 4 }],
    screens: [],
    spawnPoints: [{ id: 'p1', x: 2, y: 10 }],
  };
}

async function addVersion(
  db: Database,
  hallId: string,
  version: number,
  status: 'draft' | 'published',
  layout: HallLayout,
): Promise<void> {
  const [row] = await db
    .insert(t.layoutVersions)
    .values({ hallId, version, status, publishedAt: status === 'published' ? new Date() : null })
    .returning({ id: t.layoutVersions.id });
  if (!row) throw new Error('Could not create a layout version');
  const rows = toLayoutRows(row.id, layout);
  if (rows.stands.length > 0) await db.insert(t.stands).values(rows.stands);
  if (rows.alleys.length > 0) await db.insert(t.alleys).values(rows.alleys);
  if (rows.spawnPoints.length > 0) await db.insert(t.spawnPoints).values(rows.spawnPoints);
}

/** A third hall for one test, removed afterwards (its versions and stands cascade). */
async function withExtraHall(db: Database, run: (hallId: string) => Promise<void>): Promise<void> {
  const hallId = 'hall-test';
  await db.insert(t.halls).values({
    id: hallId,
    nameRu: 'Пробный зал',
    nameEn: 'Test hall',
    floorWidth: 40,
    floorDepth: 20,
    position: 99,
  });
  try {
    await run(hallId);
  } finally {
    await db.delete(t.halls).where(eq(t.halls.id, hallId));
  }
}

describeEachDatabase('hallRepository', (database) => {
  describe('listHalls', () => {
    it('lists the demo halls in order with name, floor, published version and stand count', async () => {
      const halls = await listHalls(database());
      expect(halls).toEqual(
        demoFair.halls.map(({ hall, layout }) => ({
          id: hall.id,
          name: hall.name,
          floor: hall.floor,
          standCount: layout.stands.length,
          publishedVersion: 1,
        })),
      );
    });

    it('counts only the published stands, and gives a hall with just a draft no version', async () => {
      await withExtraHall(database(), async (hallId) => {
        await addVersion(database(), hallId, 1, 'draft', sampleLayout(['s1', 's2', 's3']));
        const draftOnly = (await listHalls(database())).at(-1);
        expect(draftOnly).toMatchObject({ id: hallId, standCount: 0, publishedVersion: null });

        await addVersion(database(), hallId, 2, 'published', sampleLayout(['s1']));
        const published = (await listHalls(database())).at(-1);
        expect(published).toMatchObject({ id: hallId, standCount: 1, publishedVersion: 2 });
      });
      expect(await listHalls(database())).toHaveLength(demoFair.halls.length);
    });
  });

  describe('getPublishedLayout', () => {
    it('returns every demo hall’s layout exactly as seeded', async () => {
      for (const { hall, layout } of demoFair.halls) {
        const published = await getPublishedLayout(database(), hall.id);
        if (!published) throw new Error(`Hall ${hall.id} has no published layout`);
        expect(PublishedLayoutSchema.parse(published)).toEqual(published);
        expect(published.hallId).toBe(hall.id);
        expect(published.version).toBe(1);
        expect(published.floor).toEqual(hall.floor);
        expect(published.layout.stands).toEqual(byId(layout.stands));
        expect(published.layout.alleys).toEqual(byId(layout.alleys));
        expect(published.layout.screens).toEqual(byId(layout.screens));
        expect(published.layout.spawnPoints).toEqual(byId(layout.spawnPoints));
      }
    });

    it('returns null for an unknown hall and for a hall with only a draft', async () => {
      expect(await getPublishedLayout(database(), 'hall-none')).toBeNull();
      expect(await getPublishedLayout(database(), "' OR 1=1 --")).toBeNull();
      await withExtraHall(database(), async (hallId) => {
        await addVersion(database(), hallId, 1, 'draft', sampleLayout(['s1']));
        expect(await getPublishedLayout(database(), hallId)).toBeNull();
      });
    });

    it('returns the published version, not a newer draft', async () => {
      await withExtraHall(database(), async (hallId) => {
        await addVersion(database(), hallId, 1, 'published', sampleLayout(['s1', 's2']));
        await addVersion(database(), hallId, 2, 'draft', sampleLayout(['s9']));
        const published = await getPublishedLayout(database(), hallId);
        expect(published?.version).toBe(1);
        expect(published?.layout.stands.map((stand) => stand.id)).toEqual(['s1', 's2']);
        expect(published?.layout.alleys).toHaveLength(1);
        expect(published?.floor).toEqual({ width: 40, depth: 20 });
      });
    });
  });
});
