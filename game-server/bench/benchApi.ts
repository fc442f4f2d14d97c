/**
 * The bench's api, run as a child process: an in-memory PGlite with the demo fair, on a free
 * port. Tells its parent the url over IPC, then serves until the parent goes away.
 */
import { startApi } from '../test/startApi.ts';

const secret = process.env['SALON_SESSION_SECRET'];
if (!secret) throw new Error('SALON_SESSION_SECRET is required');
const api = await startApi(secret);
process.send?.({ apiUrl: api.url });

const stop = async () => {
  await api.close();
  process.exit(0);
};
process.once('SIGTERM', () => void stop());
process.once('disconnect', () => void stop());
