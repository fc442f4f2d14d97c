/** @salon/api as a library, for tests and scripts that start the api in-process. */
export { buildApp } from './app.ts';
export type { AppOptions } from './app.ts';
export { readConfig } from './config.ts';
export type { ApiConfig } from './config.ts';
export { openDatabase, openPglite, openPostgres } from './db/database.ts';
export type { Database, DatabaseHandle, DatabaseKind } from './db/database.ts';
export { seedDemoFair } from './db/seed/seedDemoFair.ts';
