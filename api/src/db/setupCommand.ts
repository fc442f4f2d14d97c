/** `npm run db:setup -w @salon/api`: create, migrate and seed the database, then exit. */
import { readConfig } from '../config.ts';
import { prepareDatabase } from './prepareDatabase.ts';

const database = await prepareDatabase(readConfig(), (message) => console.log(message));
await database.close();
