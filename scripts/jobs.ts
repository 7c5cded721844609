/**
 * `npm run jobs -- <job>`: background jobs run by hand (the server also runs them on a timer).
 *   settle   complete orders past their return window, release commissions past their holding period
 */
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { settle } from "@/lib/commissions/settle";
import { now } from "@/lib/clock";

const JOBS = { settle } as const;
const name = process.argv[2] as keyof typeof JOBS | undefined;
if (!name || !(name in JOBS)) {
  console.error(`Usage: npm run jobs -- <${Object.keys(JOBS).join("|")}>`);
  process.exit(2);
}

const handle = await openDatabase({ url: process.env.DATABASE_URL || undefined });
try {
  await migrateDatabase(handle);
  const started = performance.now();
  const result = await JOBS[name](handle.db, now());
  console.log(`${name}: ${JSON.stringify(result)} in ${Math.round(performance.now() - started)} ms`);
} finally {
  await handle.close();
}
