import {
  BriefcaseCursorSchema,
  PAGE_SIZE_MAX,
  type BriefcaseItem,
  type BriefcasePage,
  type BriefcasePosition,
} from '@salon/shared';
import { randomUUID } from 'node:crypto';
import { eq, inArray, sql } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import * as t from '../../db/schema/index.ts';
import { demoFair, describeEachDatabase } from '../../../test/testDatabases.ts';
import { removeMaterial } from '../stands/removeMaterial.ts';
import { createUser, mergeGuestInto } from '../sessions/userRepository.ts';
import {
  addToBriefcase,
  briefcasePageQuery,
  listBriefcase,
  removeFromBriefcase,
} from './briefcaseRepository.ts';

const STAND = demoFair.exhibitors[3]?.id ?? 'e004';
let made = 0;

async function visitor(db: Database): Promise<string> {
  made += 1;
  return (await createUser(db, { displayName: `Посетитель ${String(made)}` })).id;
}

async function material(db: Database, title: string): Promise<string> {
  const [row] = await db
    .insert(t.materials)
    .values({
      exhibitorId: STAND,
      kind: 'link',
      titleRu: `${title} (ru)`,
      titleEn: title,
      url: 'https://example.org/old',
      position: 90 + made,
    })
    .returning({ id: t.materials.id });
  if (!row) throw new Error('The database did not return the material');
  return row.id;
}

/** The first page of the visitor's briefcase, as large as a page goes. */
async function held(db: Database, userId: string): Promise<BriefcaseItem[]> {
  return (await listBriefcase(db, userId, { pageSize: PAGE_SIZE_MAX })).items;
}

/** The round trips `run` makes to the database (its driver's `query`, PGlite's and pg's alike). */
async function roundTrips(db: Database, run: () => Promise<unknown>): Promise<number> {
  const client: unknown = Reflect.get(db, '$client');
  if (typeof client !== 'object' || client === null || !('query' in client)) {
    throw new Error('This database has no client to watch');
  }
  const query = vi.spyOn(client as { query: (...args: never[]) => unknown }, 'query');
  try {
    await run();
    return query.mock.calls.length;
  } finally {
    query.mockRestore();
  }
}

describeEachDatabase('briefcaseRepository', (database) => {
  describe('removeMaterial', () => {
    it('leaves each holder an entry with the title as it was, detached from the material', async () => {
      const db = database();
      const [holder, other] = [await visitor(db), await visitor(db)];
      const materialId = await material(db, 'Old syllabus');
      await addToBriefcase(db, holder, { materialId });
      await addToBriefcase(db, other, { materialId });
      await addToBriefcase(db, holder, { contactsOf: STAND });

      expect(await removeMaterial(db, STAND, materialId)).toEqual({ storageKey: null });

      for (const user of [holder, other]) {
        const removed = (await held(db, user)).filter((item) => item.removedMaterial);
        expect(removed).toEqual([
          expect.objectContaining({
            exhibitor: expect.objectContaining({ id: STAND }) as unknown,
            material: null,
            contacts: null,
            removedMaterial: expect.objectContaining({
              kind: 'link',
              title: { ru: 'Old syllabus (ru)', en: 'Old syllabus' },
            }) as unknown,
          }),
        ]);
      }
      const contacts = (await held(db, holder)).filter((item) => item.contacts);
      expect(contacts.map((item) => item.exhibitor.id)).toEqual([STAND]);
      expect(await db.select().from(t.materials).where(eq(t.materials.id, materialId))).toEqual([]);
    });

    it('does nothing to another stand’s material of that id, and says so', async () => {
      const db = database();
      const materialId = await material(db, 'Not theirs');
      const otherStand = demoFair.exhibitors.find((exhibitor) => exhibitor.id !== STAND)?.id;
      expect(await removeMaterial(db, otherStand ?? 'e001', materialId)).toBeNull();
      expect(
        await db.select().from(t.materials).where(eq(t.materials.id, materialId)),
      ).toHaveLength(1);
    });

    it('still lets the visitor take the stand’s contacts beside a removed entry', async () => {
      const db = database();
      const holder = await visitor(db);
      const materialId = await material(db, 'Gone before contacts');
      await addToBriefcase(db, holder, { materialId });
      await removeMaterial(db, STAND, materialId);
      expect(await addToBriefcase(db, holder, { contactsOf: STAND })).not.toBeNull();
      const items = await held(db, holder);
      expect(items.filter((item) => item.contacts)).toHaveLength(1);
      expect(items.filter((item) => item.removedMaterial)).toHaveLength(1);
    });
  });

  describe('removeFromBriefcase', () => {
    it('dismisses a removed entry for its owner only', async () => {
      const db = database();
      const [holder, other] = [await visitor(db), await visitor(db)];
      const materialId = await material(db, 'To dismiss');
      await addToBriefcase(db, holder, { materialId });
      await addToBriefcase(db, other, { materialId });
      await removeMaterial(db, STAND, materialId);
      const [entry] = await held(db, holder);
      if (!entry?.removedMaterial) throw new Error('No removed entry to dismiss');

      expect(await removeFromBriefcase(db, other, entry.id)).toBe(false);
      expect(await held(db, holder)).toHaveLength(1);
      expect(await removeFromBriefcase(db, holder, entry.id)).toBe(true);
      expect(await held(db, holder)).toEqual([]);
      expect((await held(db, other)).map((item) => item.removedMaterial?.title.en)).toEqual([
        'To dismiss',
      ]);
    });
  });

  describe('mergeGuestInto', () => {
    it('brings a guest’s removed entries into the account once', async () => {
      const db = database();
      const [guest, account] = [await visitor(db), await visitor(db)];
      const shared = await material(db, 'Both had it');
      const guestOnly = await material(db, 'Only the guest had it');
      await addToBriefcase(db, guest, { materialId: shared });
      await addToBriefcase(db, account, { materialId: shared });
      await addToBriefcase(db, guest, { materialId: guestOnly });
      await removeMaterial(db, STAND, shared);
      await removeMaterial(db, STAND, guestOnly);

      await mergeGuestInto(db, guest, account);
      const titles = (await held(db, account)).map((item) => item.removedMaterial?.title);
      expect(titles.map((title) => title?.en).sort()).toEqual([
        'Both had it',
        'Only the guest had it',
      ]);
      expect(await held(db, guest)).toEqual([]);
    });
  });

  describe('listBriefcase', () => {
    it('reads a briefcase of every kind of entry in one query', async () => {
      const db = database();
      const holder = await visitor(db);
      for (let index = 0; index < 6; index += 1) {
        const materialId = await material(db, `Item ${String(index)}`);
        await addToBriefcase(db, holder, { materialId });
        if (index % 2 === 0) await removeMaterial(db, STAND, materialId);
      }
      await addToBriefcase(db, holder, { contactsOf: STAND });
      let items: BriefcaseItem[] = [];
      const trips = await roundTrips(db, async () => {
        items = await held(db, holder);
      });
      expect(items).toHaveLength(7);
      expect(items.filter((item) => item.removedMaterial)).toHaveLength(3);
      expect(trips).toBe(1);
    });

    it('pages through a briefcase larger than a page after cursors, each item once, in one query a page', async () => {
      const db = database();
      const holder = await visitor(db);
      const added: string[] = [];
      for (let index = 0; index < 7; index += 1) {
        const materialId = await material(db, `Paged ${String(index)}`);
        added.push((await addToBriefcase(db, holder, { materialId })) ?? '');
      }
      // Four collected in the same instant: only the id can keep their order between pages.
      await db
        .update(t.briefcaseItems)
        .set({ addedAt: new Date('2026-03-01T10:00:00Z') })
        .where(inArray(t.briefcaseItems.id, added.slice(1, 5)));

      const pages: BriefcasePage[] = [];
      const trips: number[] = [];
      let cursor: BriefcasePosition | undefined;
      do {
        let result: BriefcasePage | undefined;
        trips.push(
          await roundTrips(db, async () => {
            result = await listBriefcase(db, holder, { pageSize: 2, cursor });
          }),
        );
        if (!result) throw new Error('No page came back');
        pages.push(result);
        cursor = result.nextCursor ? BriefcaseCursorSchema.parse(result.nextCursor) : undefined;
      } while (cursor && pages.length < 10);

      expect(trips).toEqual([1, 1, 1, 1]);
      const seen = pages.flatMap((page) => page.items.map((item) => item.id));
      expect(pages.map((page) => page.items.length)).toEqual([2, 2, 2, 1]);
      expect(pages.map((page) => page.total)).toEqual([7, 7, 7, 7]);
      expect(pages.map((page) => page.nextCursor === null)).toEqual([false, false, false, true]);
      expect(new Set(seen).size).toBe(7);
      expect([...seen].sort()).toEqual([...added].sort());
      expect(seen).toEqual((await held(db, holder)).map((item) => item.id));
      const times = (await held(db, holder)).map((item) => Date.parse(item.addedAt));
      expect(times).toEqual([...times].sort((a, b) => b - a));
      expect(await listBriefcase(db, holder, { pageSize: 2 })).toEqual(pages[0]);
    });

    it('keeps the microseconds in the cursor: items of the same millisecond are neither skipped nor repeated', async () => {
      const db = database();
      const holder = await visitor(db);
      const added: string[] = [];
      for (let index = 0; index < 3; index += 1) {
        added.push(
          (await addToBriefcase(db, holder, {
            materialId: await material(db, `µs ${String(index)}`),
          })) ?? '',
        );
      }
      // One millisecond apart in microseconds only; JavaScript's Date would see one instant.
      for (const [index, micros] of ['900', '500', '100'].entries()) {
        await db
          .update(t.briefcaseItems)
          .set({ addedAt: sql`${`2026-03-01T10:00:00.123${micros}Z`}::timestamptz` })
          .where(eq(t.briefcaseItems.id, added[index] ?? ''));
      }
      const first = await listBriefcase(db, holder, { pageSize: 1 });
      expect(BriefcaseCursorSchema.parse(first.nextCursor).addedAt).toBe(
        '2026-03-01T10:00:00.123900Z',
      );
      const rest = await listBriefcase(db, holder, {
        pageSize: 5,
        cursor: BriefcaseCursorSchema.parse(first.nextCursor),
      });
      expect([...first.items, ...rest.items].map((item) => item.id)).toEqual(added);
    });

    it('reads a page after a cursor with the index on (user, added at, id), without sorting', async () => {
      const db = database();
      const holder = await visitor(db);
      await addToBriefcase(db, holder, { contactsOf: STAND });
      const cursor = { addedAt: '2999-01-01T00:00:00.000000Z', id: randomUUID() };
      const page = briefcasePageQuery(db, holder, { pageSize: 20, cursor });
      // The table is small here: forbid the sequential scan to see which index the plan uses.
      const plan = await db.transaction(async (tx) => {
        await tx.execute(sql`set local enable_seqscan = off`);
        return tx.execute(sql`explain ${page}`);
      });
      // Both drivers return `{ rows }`; the shared PgDatabase type leaves the result untyped.
      const lines = z
        .object({ rows: z.array(z.object({ 'QUERY PLAN': z.string() })) })
        .parse(plan)
        .rows.map((row) => row['QUERY PLAN']);
      const scan = lines.findIndex((line) =>
        /Index Scan using briefcase_items_user_id_added_at_id_index on briefcase_items /.test(line),
      );
      expect(scan).toBeGreaterThan(-1);
      expect(lines[scan + 1]).toMatch(/Index Cond: .*user_id = .*ROW\(added_at, id\) < ROW/);
      expect(lines.join('\n')).not.toMatch(/Sort/);
    });

    it('says how many there are when nothing is left past the cursor, and keeps to one stand when asked', async () => {
      const db = database();
      const holder = await visitor(db);
      const materialId = await material(db, 'Only one');
      await addToBriefcase(db, holder, { materialId });
      const otherStand = demoFair.exhibitors.find((exhibitor) => exhibitor.id !== STAND)?.id;
      await addToBriefcase(db, holder, { contactsOf: otherStand ?? 'e001' });

      const past = {
        addedAt: '1970-01-01T00:00:00.000000Z',
        id: '00000000-0000-0000-0000-000000000000',
      };
      expect(await listBriefcase(db, holder, { pageSize: 20, cursor: past })).toEqual({
        items: [],
        nextCursor: null,
        total: 2,
      });
      const ofStand = await listBriefcase(db, holder, {
        pageSize: 20,
        exhibitorId: STAND,
      });
      expect(ofStand.items.map((item) => item.material?.id)).toEqual([materialId]);
      expect(ofStand.total).toBe(1);
    });
  });
});
