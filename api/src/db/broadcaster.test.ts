import { z } from 'zod';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openTestDatabase } from '../../test/testDatabases.ts';
import { createBroadcaster } from './broadcaster.ts';
import type { DatabaseHandle } from './database.ts';

const EventSchema = z.object({ text: z.string() });

async function received(events: string[], text: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!events.includes(text)) {
    if (Date.now() > deadline) throw new Error(`"${text}" never arrived; got ${events.join()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

for (const kind of ['pglite', 'postgres'] as const) {
  describe.skipIf(kind === 'postgres' && !inject('postgresUrl'))(`broadcaster (${kind})`, () => {
    let handle: DatabaseHandle;
    beforeAll(async () => {
      handle = await openTestDatabase(kind, { seed: false });
    });
    afterAll(async () => {
      await handle.close();
    });

    it('delivers an event only to the streams of its key, until they unsubscribe', async () => {
      const broadcaster = createBroadcaster(handle, 'test_events', EventSchema);
      const a: string[] = [];
      const b: string[] = [];
      const stopA = await broadcaster.subscribe('a', (event) => a.push(event.text));
      const stopB = await broadcaster.subscribe('b', (event) => b.push(event.text));
      await broadcaster.publish('a', { text: 'for a' });
      await received(a, 'for a');
      expect(b).toEqual([]);
      await stopA();
      await broadcaster.publish('a', { text: 'too late' });
      await broadcaster.publish('b', { text: 'for b' });
      await received(b, 'for b');
      expect(a).toEqual(['for a']);
      await stopB();
    });
  });
}

describe.skipIf(!inject('postgresUrl'))('broadcaster on a PostgreSQL that ends connections', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabase('postgres', { seed: false });
  });
  afterAll(async () => {
    await handle.close();
  });

  it('keeps delivering after the server ends every connection, without crashing', async () => {
    const broadcaster = createBroadcaster(handle, 'test_restart', EventSchema);
    const events: string[] = [];
    const stop = await broadcaster.subscribe('k', (event) => events.push(event.text));
    await handle.db.execute(
      sql`select pg_terminate_backend(pid) from pg_stat_activity
              where datname = current_database() and pid <> pg_backend_pid()`,
    );
    // The pool's own connection is ended too: a query after that still works.
    await handle.db.execute(sql`select pg_terminate_backend(pg_backend_pid()) where false`);
    const deadline = Date.now() + 10_000;
    let attempt = 0;
    while (!events.includes(`after ${attempt - 1}`) && Date.now() < deadline) {
      await broadcaster.publish('k', { text: `after ${attempt}` });
      attempt += 1;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(events.some((text) => text.startsWith('after'))).toBe(true);
    await stop();
  });
});
