/**
 * Migration 0005 (exhibitor names unique per language, whatever the letter case) on a database
 * upgraded from 0004 with names that differ only in case: it renames the later ones so the
 * indexes can be built, and a database that applied the first text of 0005 is left alone.
 */
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql, type SQL } from 'drizzle-orm';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { z } from 'zod';
import { openEmptyTestDatabase } from '../../test/testDatabases.ts';
import type { Database, DatabaseHandle } from './database.ts';

const MIGRATIONS = fileURLToPath(new URL('./migrations', import.meta.url));

const JournalSchema = z.looseObject({
  entries: z.array(z.looseObject({ tag: z.string() })),
});

/** 0005 as first released: the indexes alone, which fail on names that differ only in case. */
const FIRST_0005 =
  'CREATE UNIQUE INDEX "exhibitors_name_ru_unique" ON "exhibitors" USING btree (lower("name_ru"));--> statement-breakpoint\n' +
  'CREATE UNIQUE INDEX "exhibitors_name_en_unique" ON "exhibitors" USING btree (lower("name_en"));';

const folders: string[] = [];

afterAll(async () => {
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

/**
 * A copy of the migrations folder holding those up to `lastTag`, as a database deployed at that
 * release would have seen them; `texts` replaces a migration's SQL by tag.
 */
async function migrationsUpTo(lastTag: string, texts: Record<string, string> = {}) {
  const folder = await mkdtemp(path.join(tmpdir(), 'salon-migrations-'));
  folders.push(folder);
  await mkdir(path.join(folder, 'meta'));
  const journal = JournalSchema.parse(
    JSON.parse(await readFile(path.join(MIGRATIONS, 'meta/_journal.json'), 'utf8')),
  );
  const last = journal.entries.findIndex((entry) => entry.tag === lastTag);
  if (last < 0) throw new Error(`No migration ${lastTag}`);
  const entries = journal.entries.slice(0, last + 1);
  for (const { tag } of entries) {
    const file = path.join(folder, `${tag}.sql`);
    const text = texts[tag];
    if (text === undefined) await copyFile(path.join(MIGRATIONS, `${tag}.sql`), file);
    else await writeFile(file, text);
  }
  await writeFile(path.join(folder, 'meta/_journal.json'), JSON.stringify({ ...journal, entries }));
  return folder;
}

/** The rows of a raw query (both drivers return `{ rows }`, which drizzle leaves untyped). */
async function rows<T extends z.ZodType>(
  db: Database,
  query: SQL,
  schema: T,
): Promise<Array<z.infer<T>>> {
  return z.object({ rows: z.array(schema) }).parse(await db.execute(query)).rows;
}

for (const kind of ['pglite', 'postgres'] as const) {
  describe.skipIf(kind === 'postgres' && !inject('postgresUrl'))(
    `migration 0005_exhibitor_unique_names (${kind})`,
    () => {
      let handle: DatabaseHandle | undefined;

      afterAll(async () => {
        await handle?.close();
      });

      it('renames the later of names that differ only in case, so the upgrade from 0004 succeeds', async () => {
        handle = await openEmptyTestDatabase(kind);
        const { db } = handle;
        await handle.migrate(await migrationsUpTo('0004_webinar_formats'));
        await db.execute(sql`insert into regions (code, name_ru, name_en) values ('r1', 'Р', 'R')`);
        // ex-d's Russian name is the one ex-c would get first, so ex-c takes the next number;
        // ex-c and ex-d were created at the same moment, so their ids order them.
        await db.execute(sql`
          insert into exhibitors (id, kind, name_ru, name_en, description_ru, description_en,
            region_code, color_primary, color_accent, search_text, created_at)
          select id, 'institution', name_ru, name_en, '', '', 'r1', '#000000', '#ffffff', '', created_at
          from (values
            ('ex-a', 'Школа будущего', 'Future School', timestamptz '2026-01-01T10:00:00Z'),
            ('ex-b', 'школа будущего', 'Lyceum', timestamptz '2026-01-03T10:00:00Z'),
            ('ex-c', 'ШКОЛА БУДУЩЕГО', 'FUTURE SCHOOL', timestamptz '2026-01-02T10:00:00Z'),
            ('ex-d', 'Школа будущего (2)', 'future school', timestamptz '2026-01-02T10:00:00Z'),
            ('ex-e', 'Лицей', 'lyceum', timestamptz '2026-01-04T10:00:00Z')
          ) as given (id, name_ru, name_en, created_at)`);

        await handle.migrate();

        const names = await rows(
          db,
          sql`select id, name_ru, name_en from exhibitors order by id`,
          z.object({ id: z.string(), name_ru: z.string(), name_en: z.string() }),
        );
        expect(names).toEqual([
          { id: 'ex-a', name_ru: 'Школа будущего', name_en: 'Future School' },
          { id: 'ex-b', name_ru: 'школа будущего (4)', name_en: 'Lyceum' },
          { id: 'ex-c', name_ru: 'ШКОЛА БУДУЩЕГО (3)', name_en: 'FUTURE SCHOOL (2)' },
          { id: 'ex-d', name_ru: 'Школа будущего (2)', name_en: 'future school (3)' },
          { id: 'ex-e', name_ru: 'Лицей', name_en: 'lyceum (2)' },
        ]);
        const indexes = await rows(
          db,
          sql`select indexname from pg_indexes where tablename = 'exhibitors' and indexname like 'exhibitors_name_%_unique'`,
          z.object({ indexname: z.string() }),
        );
        expect(indexes.map((row) => row.indexname).sort()).toEqual([
          'exhibitors_name_en_unique',
          'exhibitors_name_ru_unique',
        ]);
        await expect(
          db.execute(sql`update exhibitors set name_en = 'LYCEUM' where id = 'ex-a'`),
        ).rejects.toThrow();
      });

      it('leaves a database that applied the first text of 0005 as it was, without running it again', async () => {
        const upgraded = await openEmptyTestDatabase(kind);
        try {
          await upgraded.migrate(
            await migrationsUpTo('0005_exhibitor_unique_names', {
              '0005_exhibitor_unique_names': FIRST_0005,
            }),
          );
          const applied = sql`select hash, created_at from drizzle.__drizzle_migrations order by created_at`;
          const Applied = z.object({ hash: z.string(), created_at: z.coerce.number() });
          const before = await rows(upgraded.db, applied, Applied);
          // Running 0005 again would fail: its indexes exist already.
          await upgraded.migrate();
          const after = await rows(upgraded.db, applied, Applied);
          expect(after.slice(0, before.length)).toEqual(before);
          const journal = JournalSchema.parse(
            JSON.parse(await readFile(path.join(MIGRATIONS, 'meta/_journal.json'), 'utf8')),
          );
          expect(after).toHaveLength(journal.entries.length);
        } finally {
          await upgraded.close();
        }
      });
    },
  );
}
