/**
 * Brings the database up to date: applies migrations and, on an empty database, seeds the demo.
 * The start and test commands run this, so nobody runs migrations by hand.
 *   tsx scripts/prepare-db.ts [--no-seed]
 */
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { isDatabaseEmpty, seedDemo } from "@/db/seed/demo";
import { now } from "@/lib/clock";

export async function prepareDatabase({ seed }: { seed: boolean }) {
  const handle = await openDatabase({ url: process.env.DATABASE_URL || undefined });
  try {
    console.log(`database: ${handle.driver} at ${handle.location}`);
    const started = performance.now();
    await migrateDatabase(handle);
    console.log(`migrations applied (${Math.round(performance.now() - started)} ms)`);
    if (seed && (await isDatabaseEmpty(handle.db))) {
      const summary = await seedDemo(handle.db, now());
      console.log(`demo data seeded: ${Object.entries(summary).map(([k, v]) => `${v} ${k}`).join(", ")}`);
    }
  } finally {
    await handle.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  prepareDatabase({ seed: !process.argv.includes("--no-seed") }).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
