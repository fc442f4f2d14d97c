/** Opens, migrates and (when asked) seeds the database: what `npm start` needs before serving. */
import { loadDemoFair } from '@salon/assets/seed';
import type { ApiConfig } from '../config.ts';
import { openDatabase, type DatabaseHandle } from './database.ts';
import { seedDemoFair } from './seed/seedDemoFair.ts';

export async function prepareDatabase(
  config: ApiConfig,
  log: (message: string) => void,
): Promise<DatabaseHandle> {
  const handle = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: `${config.SALON_DATA_DIR}/pglite`,
  });
  log(
    handle.kind === 'postgres'
      ? 'Using PostgreSQL from DATABASE_URL'
      : `Using the embedded database in ${config.SALON_DATA_DIR}/pglite`,
  );
  await handle.migrate();
  if (config.SALON_DEMO_FAIR) {
    const { seeded } = await seedDemoFair(handle.db, loadDemoFair());
    log(seeded ? 'Loaded the demo fair' : 'Reusing the data already in the database');
  }
  return handle;
}
