/**
 * LISTEN needs a connection of its own (a pooled one would be handed to other queries), so
 * node-postgres notifications arrive on one dedicated client, opened on first use.
 */
import pg from 'pg';

export function createPostgresListener(connectionString: string) {
  let client: Promise<pg.Client> | null = null;
  const listeners = new Map<string, Set<(payload: string) => void>>();

  function connect(): Promise<pg.Client> {
    client ??= (async () => {
      const connection = new pg.Client({ connectionString });
      // When the server ends the connection (a restart, an administrator), listen again on a
      // new one instead of crashing; notifications sent in between are lost.
      connection.on('error', (error) => {
        process.emitWarning(`PostgreSQL ended the LISTEN connection: ${error.message}`);
        client = null;
        if (listeners.size > 0) void listenAgain();
      });
      connection.on('notification', (message) => {
        for (const listener of listeners.get(message.channel) ?? [])
          listener(message.payload ?? '');
      });
      await connection.connect();
      return connection;
    })();
    return client;
  }

  async function listenAgain(): Promise<void> {
    try {
      const connection = await connect();
      for (const channel of listeners.keys()) await connection.query(`listen ${channel}`);
    } catch (error) {
      client = null;
      process.emitWarning(`PostgreSQL LISTEN could not resume: ${String(error)}`);
    }
  }

  return {
    async listen(channel: string, onPayload: (payload: string) => void) {
      if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`Bad channel name ${channel}`);
      const connection = await connect();
      let set = listeners.get(channel);
      if (!set) {
        set = new Set();
        listeners.set(channel, set);
        await connection.query(`listen ${channel}`);
      }
      set.add(onPayload);
      return async () => {
        set.delete(onPayload);
        if (set.size === 0) {
          listeners.delete(channel);
          await (await connect()).query(`unlisten ${channel}`);
        }
      };
    },
    async close() {
      if (client) await (await client).end();
      client = null;
    },
  };
}
