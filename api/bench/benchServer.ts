/**
 * The api as the benchmark measures it: the real app over a seeded embedded database, plus one
 * bare route in the same Fastify instance as the baseline (and one that sends the schedule's
 * bytes from a constant, to tell the route's own cost from the cost of the bytes). Run as its own process so the load
 * generator does not share its event loop; prints the port it listens on.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadDemoFair } from '@salon/assets/seed';
import { buildApp } from '../src/app.ts';
import { openPglite } from '../src/db/database.ts';
import { seedDemoFair } from '../src/db/seed/seedDemoFair.ts';

const database = await openPglite(null);
await database.migrate();
await seedDemoFair(database.db, loadDemoFair());
const app = await buildApp({
  database,
  sessionSecret: randomBytes(32).toString('base64url'),
  uploadsDir: await mkdtemp(path.join(tmpdir(), 'salon-bench-uploads-')),
  livekit: null,
});
app.get('/bench/bare', () => ({ status: 'ok' }));
// The schedule's own bytes from a constant: separates the route's work from moving the bytes.
let scheduleBytes: Buffer = Buffer.alloc(0);
app.get('/bench/same-bytes', (_request, reply) =>
  reply.header('content-encoding', 'br').type('application/json').send(scheduleBytes),
);
const schedule = await app.inject({
  url: '/api/events?day=2027-04-26',
  headers: { 'accept-encoding': 'br' },
});
scheduleBytes = schedule.rawPayload;
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
if (!address || typeof address !== 'object') throw new Error('The bench server has no port');
console.log(`PORT=${address.port}`);
process.once('SIGTERM', () => {
  void app
    .close()
    .then(() => database.close())
    .then(() => process.exit(0));
});
