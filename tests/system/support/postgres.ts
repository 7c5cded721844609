import postgres from "postgres";
import { and, eq, inArray, isNotNull } from "drizzle-orm";
import { openDatabase, type Database, type DbHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { clicks, creatorProfiles, products, type Channel } from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { getOrCreateLink } from "@/lib/links/generate";

/** The system tests always run on PostgreSQL: several server processes share one database. */
export const DEFAULT_POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/postgres";

export function postgresServerUrl(): string {
  return process.env.DATABASE_URL || DEFAULT_POSTGRES_URL;
}

/** The same server and credentials, another database (and optionally another port, for a proxy). */
export function databaseUrl(name: string, options: { host?: string; port?: number } = {}): string {
  const url = new URL(postgresServerUrl());
  url.pathname = `/${name}`;
  if (options.host) url.hostname = options.host;
  if (options.port) url.port = String(options.port);
  return url.toString();
}

export function postgresAddress(): { host: string; port: number } {
  const url = new URL(postgresServerUrl());
  return { host: url.hostname || "127.0.0.1", port: Number(url.port || 5432) };
}

/** Throws a one-line error when the PostgreSQL server cannot be reached at all. */
export async function assertPostgresReachable(): Promise<void> {
  const { host, port } = postgresAddress();
  const client = postgres(postgresServerUrl(), { max: 1, connect_timeout: 5, onnotice: () => {} });
  try {
    await client`select 1`;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`PostgreSQL is not reachable at ${host}:${port} (${reason}); the system tests need it: start it or set DATABASE_URL.`);
  } finally {
    await client.end({ timeout: 1 });
  }
}

/**
 * Drops databases named `<prefix>_<base-36 time>_…` made more than `olderThanMs` ago: left behind by
 * a run that was killed before it could drop its own.
 */
export async function dropAbandonedDatabases(prefix: string, olderThanMs = 30 * 60_000): Promise<string[]> {
  const admin = postgres(postgresServerUrl(), { max: 1, onnotice: () => {} });
  try {
    const rows = await admin<{ datname: string }[]>`select datname from pg_database where datname like ${`${prefix}\\_%`}`;
    const abandoned = rows
      .map((r) => r.datname)
      .filter((name) => {
        const made = parseInt(name.slice(prefix.length + 1).split("_")[0]!, 36);
        return Number.isFinite(made) && made < Date.now() - olderThanMs;
      });
    for (const name of abandoned) await admin.unsafe(`drop database if exists "${name}" with (force)`);
    return abandoned;
  } finally {
    await admin.end({ timeout: 5 });
  }
}

export type DemoDatabase = { name: string; url: string; handle: DbHandle; db: Database; drop: () => Promise<void> };

/**
 * A new database on the PostgreSQL server, `<prefix>_<base-36 time>_<random>[_<label>]`, migrated and
 * seeded with the demo; `drop` removes it.
 */
export async function createDemoDatabase(prefix: string, label?: string): Promise<DemoDatabase> {
  const name = [prefix, Date.now().toString(36), Math.random().toString(36).slice(2, 6), label].filter(Boolean).join("_");
  const admin = postgres(postgresServerUrl(), { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = databaseUrl(name);
  const handle = await openDatabase({ url });
  const drop = async () => {
    await handle.close().catch(() => {});
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end({ timeout: 5 });
  };
  try {
    await migrateDatabase(handle);
    await seedDemo(handle.db, new Date());
  } catch (error) {
    await drop();
    throw error;
  }
  return { name, url, handle, db: handle.db, drop };
}

const CHANNELS: Channel[] = ["instagram", "youtube", "facebook", "threads", "tiktok", "blog", "email", "other"];

/**
 * Links of the demo creators to the demo product sold on the seller's own site ("Linen Throw
 * Blanket" of Brightside Home): its redirects carry the click id in `aff_click`, so a test knows
 * the id of every click it caused.
 */
export async function externalProductLinks(db: Database, count: number): Promise<{ codes: string[]; externalUrl: string }> {
  const [product] = await db
    .select({ id: products.id, externalUrl: products.externalUrl })
    .from(products)
    .where(and(isNotNull(products.externalUrl), eq(products.status, "active"), eq(products.openToAffiliates, true)))
    .limit(1);
  if (!product?.externalUrl) throw new Error("The demo has no active product with an external URL");
  const creators = await db.select({ id: creatorProfiles.userId }).from(creatorProfiles);
  const codes: string[] = [];
  for (let i = 0; i < count; i++) {
    const { link } = await getOrCreateLink(db, {
      creatorId: creators[i % creators.length]!.id,
      target: { type: "product", productId: product.id },
      channel: CHANNELS[i % CHANNELS.length]!,
      subId: `system-${i}`,
      at: new Date(),
    });
    codes.push(link.code);
  }
  return { codes, externalUrl: product.externalUrl };
}

/** Which of these click ids are in the clicks table. */
export async function storedClickIds(db: Database, ids: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < ids.length; i += 5_000) {
    const rows = await db.select({ id: clicks.id }).from(clicks).where(inArray(clicks.id, ids.slice(i, i + 5_000)));
    for (const row of rows) found.add(row.id);
  }
  return found;
}
