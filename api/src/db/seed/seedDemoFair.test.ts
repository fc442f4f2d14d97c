import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { count, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { demoFair, describeEachDatabase } from '../../../test/testDatabases.ts';
import { openPglite } from '../database.ts';
import * as t from '../schema/index.ts';
import { isSeeded, seedDemoFair } from './seedDemoFair.ts';

describeEachDatabase('migrations and the demo fair', (database, kind) => {
  it('creates every table of the schema', async () => {
    // Both drivers return `{ rows }`; the shared PgDatabase type leaves the result untyped.
    const result = await database().execute(
      sql`select table_name from information_schema.tables where table_schema = 'public'`,
    );
    const { rows } = z
      .object({ rows: z.array(z.object({ table_name: z.string() })) })
      .parse(result);
    const tables = rows.map((row) => row.table_name);
    expect(tables).toEqual(
      expect.arrayContaining([
        'users',
        'regions',
        'topics',
        'exhibitors',
        'exhibitor_topics',
        'halls',
        'layout_versions',
        'stands',
        'alleys',
        'screens',
        'spawn_points',
        'stages',
        'speakers',
        'forum_events',
        'event_speakers',
        'competencies',
        'programs',
        'program_competencies',
        'event_staff',
        'studios',
        'on_air_log',
        'slide_decks',
        'recordings',
        'forum_messages',
        'forum_votes',
        'event_feedback',
        'webinars',
      ]),
    );
  });

  it(`loads every record of the demo fair (${kind})`, async () => {
    const counts = async (
      table:
        | typeof t.exhibitors
        | typeof t.forumEvents
        | typeof t.speakers
        | typeof t.programs
        | typeof t.webinars,
    ) => {
      const [row] = await database().select({ n: count() }).from(table);
      return row?.n;
    };
    expect(await counts(t.exhibitors)).toBe(demoFair.exhibitors.length);
    expect(await counts(t.forumEvents)).toBe(demoFair.events.length);
    expect(await counts(t.speakers)).toBe(demoFair.speakers.length);
    expect(await counts(t.programs)).toBe(demoFair.programs.length);
    expect(await counts(t.webinars)).toBe(demoFair.webinars.length);
  });

  it('leaves an already seeded database alone', async () => {
    expect(await isSeeded(database())).toBe(true);
    expect(await seedDemoFair(database(), demoFair)).toEqual({ seeded: false });
    const [row] = await database().select({ n: count() }).from(t.exhibitors);
    expect(row?.n).toBe(demoFair.exhibitors.length);
    const [webinars] = await database().select({ n: count() }).from(t.webinars);
    expect(webinars?.n).toBe(demoFair.webinars.length);
  });

  it('refuses a second published layout for the same hall', async () => {
    const hallId = demoFair.halls[0]?.hall.id ?? '';
    await expect(
      database().insert(t.layoutVersions).values({ hallId, version: 2, status: 'published' }),
    ).rejects.toThrow();
  });
});

describe('the embedded database on disk', () => {
  it('keeps the data across a restart, so a second start reuses it', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'salon-pglite-'));
    try {
      const first = await openPglite(dataDir);
      await first.migrate();
      expect(await seedDemoFair(first.db, demoFair)).toEqual({ seeded: true });
      await first.close();

      const second = await openPglite(dataDir);
      await second.migrate();
      expect(await seedDemoFair(second.db, demoFair)).toEqual({ seeded: false });
      const [row] = await second.db.select({ n: count() }).from(t.exhibitors);
      expect(row?.n).toBe(demoFair.exhibitors.length);
      await second.close();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
