import "server-only";
import { openDatabase, type DbHandle, type Database } from "./client";

export type { Database } from "./client";

const globalForDb = globalThis as unknown as { __portalDb?: Promise<DbHandle> };

/**
 * The app's database, opened once per process. Route handlers and server actions call this at
 * request time (never at import time), so `next build` does not touch the database.
 */
export function getDbHandle(): Promise<DbHandle> {
  globalForDb.__portalDb ??= openDatabase({ url: process.env.DATABASE_URL || undefined }).catch((error: unknown) => {
    globalForDb.__portalDb = undefined;
    throw error;
  });
  return globalForDb.__portalDb;
}

export async function getDb(): Promise<Database> {
  return (await getDbHandle()).db;
}

/**
 * Tests only: make `getDb()` answer with this handle (a test's own database), or forget it with
 * `undefined` so the next call opens the configured one. The one way to swap the app's database.
 */
export function setDatabaseForTests(handle: DbHandle | undefined): void {
  globalForDb.__portalDb = handle ? Promise.resolve(handle) : undefined;
}

/** Closes the app's database if it was opened (a server process shutting down). */
export async function closeDatabase(): Promise<void> {
  const opened = globalForDb.__portalDb;
  globalForDb.__portalDb = undefined;
  await (await opened?.catch(() => undefined))?.close();
}
