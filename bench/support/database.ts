import postgres from "postgres";
import { openDatabase, type DbHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";

/** The server the benchmarks use: DATABASE_URL's, else the local PostgreSQL (trust auth, user postgres). */
export const BENCH_SERVER_URL = process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";

export type ThrowawayDatabase = DbHandle & { name: string; url: string };

/**
 * A new, migrated database on the benchmark server, dropped (with any connection still open) by
 * `close`: a benchmark never touches the data DATABASE_URL points at.
 */
export async function openThrowawayDatabase(label: string): Promise<ThrowawayDatabase> {
  const name = `bench_${label}_${Date.now().toString(36)}`;
  const admin = postgres(BENCH_SERVER_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const target = new URL(BENCH_SERVER_URL);
  target.pathname = `/${name}`;
  const handle = await openDatabase({ url: target.toString() });
  const close = async () => {
    await handle.close();
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end();
  };
  try {
    await migrateDatabase(handle);
  } catch (error) {
    await close();
    throw error;
  }
  return { ...handle, name, url: target.toString(), close };
}
