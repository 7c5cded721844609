import type { PgTable } from "drizzle-orm/pg-core";
import type { Database } from "../client";

/** Inserts rows in chunks that stay under PostgreSQL's 65,535 bind parameters per statement. */
export async function insertChunked<T extends PgTable>(db: Database, table: T, rows: T["$inferInsert"][], chunk = 500, onChunk?: (n: number) => void) {
  for (let i = 0; i < rows.length; i += chunk) {
    const slice = rows.slice(i, i + chunk);
    await db.insert(table).values(slice as never);
    onChunk?.(slice.length);
  }
}
