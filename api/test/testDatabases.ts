/**
 * Runs a suite once per database Salon supports: embedded PGlite (in memory) and PostgreSQL
 * (a fresh database per suite on the test server, dropped afterwards). Each suite gets the
 * schema migrated and the demo fair loaded.
 */
import { randomBytes } from 'node:crypto';
import { loadDemoFair } from '@salon/assets/seed';
import pg from 'pg';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import {
  openPglite,
  openPostgres,
  type Database,
  type DatabaseHandle,
  type DatabaseKind,
} from '../src/db/database.ts';
import { seedDemoFair } from '../src/db/seed/seedDemoFair.ts';

export const demoFair = loadDemoFair();

async function createPostgresDatabase(adminUrl: string): Promise<DatabaseHandle> {
  const name = `salon_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = openPostgres(url.toString());
  return {
    ...handle,
    async close() {
      await handle.close();
      const dropper = new pg.Client({ connectionString: adminUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

/** A new database with nothing in it, not even the schema (for tests of the migrations). */
export async function openEmptyTestDatabase(kind: DatabaseKind): Promise<DatabaseHandle> {
  const postgresUrl = inject('postgresUrl');
  if (kind === 'postgres' && !postgresUrl) throw new Error('No PostgreSQL server for tests');
  return kind === 'pglite' ? openPglite(null) : createPostgresDatabase(postgresUrl ?? '');
}

export async function openTestDatabase(
  kind: DatabaseKind,
  options: { seed: boolean } = { seed: true },
): Promise<DatabaseHandle> {
  const handle = await openEmptyTestDatabase(kind);
  await handle.migrate();
  if (options.seed) await seedDemoFair(handle.db, demoFair);
  return handle;
}

/** `describe` for each database; the body reads the open database through `database()`. */
export function describeEachDatabase(
  title: string,
  body: (database: () => Database, kind: DatabaseKind) => void,
): void {
  for (const kind of ['pglite', 'postgres'] as const) {
    const unavailable = kind === 'postgres' && !inject('postgresUrl');
    describe.skipIf(unavailable)(`${title} (${kind})`, () => {
      let handle: DatabaseHandle | undefined;
      beforeAll(async () => {
        handle = await openTestDatabase(kind);
      });
      afterAll(async () => {
        await handle?.close();
      });
      body(() => {
        if (!handle) throw new Error('The test database is not open yet');
        return handle.db;
      }, kind);
    });
  }
}
