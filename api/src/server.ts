/** Entry point: prepare the database, serve the api, close cleanly on a signal. */
import { randomBytes } from 'node:crypto';
import { buildApp } from './app.ts';
import { livekitSettings, readConfig } from './config.ts';
import { prepareDatabase } from './db/prepareDatabase.ts';

const config = readConfig();
const database = await prepareDatabase(config, (message) => console.log(message));
if (!config.SALON_SESSION_SECRET) {
  console.warn('SALON_SESSION_SECRET is not set: sessions last until this process stops.');
}
const app = await buildApp({
  database,
  sessionSecret: config.SALON_SESSION_SECRET ?? randomBytes(32).toString('base64url'),
  uploadsDir: `${config.SALON_DATA_DIR}/uploads`,
  livekit: livekitSettings(config),
  logLevel: config.LOG_LEVEL,
});

async function shutdown(): Promise<void> {
  await app.close();
  await database.close();
  process.exit(0);
}
process.once('SIGINT', () => void shutdown());
process.once('SIGTERM', () => void shutdown());

await app.listen({ host: config.HOST, port: config.API_PORT });
console.log(`listening on http://${config.HOST}:${config.API_PORT}/api (docs at /api/docs)`);
