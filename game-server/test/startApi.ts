/** A real api on a free loopback port over an in-memory database with the demo fair. */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadDemoFair } from '@salon/assets/seed';
import { buildApp, openPglite, seedDemoFair } from '@salon/api';

export interface RunningApi {
  url: string;
  close(): Promise<void>;
}

export async function startApi(sessionSecret: string): Promise<RunningApi> {
  const database = await openPglite(null);
  await database.migrate();
  await seedDemoFair(database.db, loadDemoFair());
  const app = await buildApp({
    database,
    sessionSecret,
    uploadsDir: await mkdtemp(path.join(tmpdir(), 'salon-uploads-')),
    livekit: null,
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('The api has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    async close() {
      await app.close();
      await database.close();
    },
  };
}
