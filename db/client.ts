import "server-only";
import path from "node:path";
import fs from "node:fs";
import type { SQL } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import * as schema from "./schema";

export type Schema = typeof schema;
/** The database or a transaction: query functions take either, so callers can compose them in one transaction. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

export type DbHandle = {
  db: Database;
  driver: "postgres" | "pglite";
  /** Where the data lives: the PostgreSQL URL without its password, or the PGlite folder. */
  location: string;
  /** The connection URL, for postgres only (the migrator opens its own single connection). */
  url?: string;
  close: () => Promise<void>;
};

export type OpenOptions = {
  /** postgres:// URL; when absent, the embedded PGlite is used. */
  url?: string;
  /** PGlite data folder, or "memory://" for a throwaway database. */
  pgliteDir?: string;
  /** Connection pool size for postgres.js. */
  max?: number;
};

export function defaultPgliteDir(): string {
  return process.env.PGLITE_DIR || path.join(process.cwd(), ".data", "pglite");
}

/**
 * The one place that chooses the driver: postgres.js when a URL is given (DATABASE_URL), PGlite
 * (embedded PostgreSQL compiled to WebAssembly) otherwise. Both run the same migrations.
 */
export async function openDatabase(options: OpenOptions = {}): Promise<DbHandle> {
  if (options.url) {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    // A dead server should fail requests in seconds, not the driver's default 30, and a server that
    // comes back should be used again within a second or two, not after the default backoff of up to 20 s.
    const sql = postgres(options.url, { max: options.max ?? 10, connect_timeout: 5, backoff: (attempt) => Math.min(0.25 * attempt, 2), onnotice: () => {} });
    // DATABASE_PREPARE=off behind a pooler that cannot keep prepared statements (PgBouncer in transaction mode).
    const client = process.env.DATABASE_PREPARE === "off" ? sql : alwaysPrepared(sql);
    const db = drizzle({ client, schema }) as unknown as Database;
    return { db, driver: "postgres", location: redactUrl(options.url), url: options.url, close: () => client.end({ timeout: 5 }) };
  }
  const dir = options.pgliteDir ?? defaultPgliteDir();
  const { PGlite } = await import("@electric-sql/pglite");
  if (!dir.startsWith("memory://")) fs.mkdirSync(dir, { recursive: true });
  const client = await PGlite.create(dir);
  const { drizzle } = await import("drizzle-orm/pglite");
  const db = drizzle({ client, schema }) as unknown as Database;
  return { db, driver: "pglite", location: dir, close: () => client.close() };
}

/**
 * Promise.all for statements sent together, as on a transaction's one connection: it waits for
 * every one of them before it answers, then throws the first failure. Promise.all rejects at the
 * first failure while the others still run; the transaction ends, and a statement a branch sends
 * after that goes out on a connection already handed to somebody else's transaction.
 */
export async function together<T extends readonly unknown[] | []>(values: T): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }> {
  const settled = await Promise.allSettled(values);
  for (const result of settled) if (result.status === "rejected") throw result.reason;
  return settled.map((result) => (result as PromiseFulfilledResult<unknown>).value) as { -readonly [K in keyof T]: Awaited<T[K]> };
}

type SqlFunctions = { unsafe: (query: string, args?: unknown[], options?: object) => unknown } & Record<string, unknown>;

/**
 * drizzle sends every statement through postgres.js's `unsafe` with `prepare: false`, and an
 * unprepared statement with parameters costs two round trips (Parse and Describe, then Bind and
 * Execute) and a new plan each time. This makes every statement a named prepared statement, as
 * postgres.js does for its own tagged queries: prepared once per connection, then one round trip.
 * Transactions and savepoints get their own `unsafe`, so they are wrapped as they open. Statement
 * texts that vary (a list spelled out value by value, a multi-row VALUES) are prepared once per
 * text and connection until postgres.js recycles the connection (max_lifetime, 30-60 min); the
 * order path keeps its texts fixed (db/bulk.ts).
 */
export function alwaysPrepared<T extends object>(sql: T): T {
  const fns = sql as unknown as SqlFunctions;
  const unsafe = fns.unsafe;
  fns.unsafe = (query, args = [], options = {}) => unsafe(query, args, { ...options, prepare: true });
  for (const name of ["begin", "savepoint"]) {
    const open = fns[name];
    if (typeof open !== "function") continue;
    fns[name] = (...args: unknown[]) => {
      const body = args.pop() as (scoped: object) => unknown;
      return (open as (...a: unknown[]) => unknown)(...args, (scoped: object) => body(alwaysPrepared(scoped)));
    };
  }
  return sql;
}

function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "postgres://(unparseable url)";
  }
}

/** Runs raw SQL and returns its rows on either driver (postgres.js answers an array, PGlite `{ rows }`). */
export async function executeRows<T>(db: Database, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
