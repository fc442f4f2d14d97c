/** Inserts many rows in chunks that stay under PostgreSQL's limit of parameters per statement. */
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../database.ts';

export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

const CHUNK_ROWS = 500;

export async function insertInChunks<Table extends PgTable>(
  tx: Transaction,
  table: Table,
  rows: ReadonlyArray<Table['$inferInsert']>,
): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
    await tx.insert(table).values(rows.slice(start, start + CHUNK_ROWS));
  }
}
