/**
 * A visitor adds a material at the moment its exhibitor removes it: the add waits for the
 * removal's lock on the material, then finds it gone. It answers the 404 of an unknown material
 * and stores nothing. PostgreSQL only: PGlite runs one statement at a time, so it cannot race.
 */
import { BriefcasePageSchema, ProblemSchema, type Session } from '@salon/shared';
import type { LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import * as t from '../../db/schema/index.ts';
import { auth } from '../../../test/actors.ts';
import { guestSession } from '../../../test/sessionsForTests.ts';
import { useTestApp } from '../../../test/testApp.ts';

const STAND = 'e020';
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

describe.skipIf(!inject('postgresUrl'))('adding a material while it is removed (postgres)', () => {
  const app = useTestApp({ database: 'postgres' });
  let visitor: Session;

  beforeAll(async () => {
    visitor = await guestSession(app());
  });

  function add(materialId: string): Promise<LightMyRequestResponse> {
    return app().inject({
      method: 'POST',
      url: '/api/briefcase',
      payload: { materialId },
      headers: auth(visitor),
    });
  }

  async function newMaterial(): Promise<string> {
    const [row] = await app()
      .db.insert(t.materials)
      .values({
        exhibitorId: STAND,
        kind: 'link',
        titleRu: 'Уходящий буклет',
        titleEn: 'A leaflet on its way out',
        url: 'https://example.org/leaflet',
        position: 99,
      })
      .returning({ id: t.materials.id });
    if (!row) throw new Error('The database did not return the material');
    return row.id;
  }

  /** The app's connection pool, to take a connection of the test's own from. */
  function pool(): pg.Pool {
    const client: unknown = Reflect.get(app().db, '$client');
    if (!(client instanceof pg.Pool)) throw new Error('Not a PostgreSQL database');
    return client;
  }

  /** Waits until some other connection waits for a lock `holder`'s backend holds. */
  async function blockedBy(holder: pg.PoolClient): Promise<void> {
    const { rows } = await holder.query<{ pid: number }>('select pg_backend_pid() as pid');
    const deadline = Date.now() + 10_000;
    for (;;) {
      const waiting = await pool().query<{ n: number }>(
        'select count(*)::int as n from pg_stat_activity where $1 = any(pg_blocking_pids(pid))',
        [rows[0]?.pid],
      );
      if ((waiting.rows[0]?.n ?? 0) > 0) return;
      if (Date.now() > deadline) throw new Error('The add never waited for the removal');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it('answers the unknown material’s 404 and keeps nothing', async () => {
    const materialId = await newMaterial();
    const removal = await pool().connect();
    let adding: Promise<LightMyRequestResponse> | undefined;
    try {
      await removal.query('begin');
      await removal.query('select id from materials where id = $1 for update', [materialId]);
      adding = add(materialId);
      await blockedBy(removal);
      await removal.query('delete from materials where id = $1', [materialId]);
      await removal.query('commit');
    } finally {
      // Ends the transaction if a step above failed, so the add does not wait forever.
      await removal.query('rollback').catch(() => undefined);
      removal.release();
    }

    const response = await adding;
    const unknown = await add(UNKNOWN);
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const problem = ProblemSchema.parse(response.json());
    expect(problem).toEqual({
      ...ProblemSchema.parse(unknown.json()),
      detail: expect.stringContaining(materialId) as unknown,
    });
    const briefcase = await app().inject({ url: '/api/briefcase', headers: auth(visitor) });
    expect(BriefcasePageSchema.parse(briefcase.json())).toMatchObject({ items: [], total: 0 });
  });
});
