/**
 * `npm run seed`: the demo data on an empty database; `npm run seed -- --scale N` adds N clicks
 * (and about N/50 orders) for benchmarks, with a progress bar.
 */
import { parseArgs } from "node:util";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { isDatabaseEmpty, seedDemo } from "@/db/seed/demo";
import { seedAtScale } from "@/db/seed/scale";
import { now } from "@/lib/clock";
import { progressBar } from "./progress";

const { values } = parseArgs({ options: { scale: { type: "string" } } });
const scale = values.scale === undefined ? undefined : Number(values.scale.replace(/[_,]/g, ""));
if (scale !== undefined && !(Number.isInteger(scale) && scale > 0 && scale <= 50_000_000)) {
  console.error("--scale takes a whole number of clicks between 1 and 50,000,000, for example --scale 1000000");
  process.exit(2);
}

const handle = await openDatabase({ url: process.env.DATABASE_URL || undefined });
try {
  console.log(`database: ${handle.driver} at ${handle.location}`);
  await migrateDatabase(handle);
  if (scale === undefined) {
    if (!(await isDatabaseEmpty(handle.db))) console.log("The database already has data; nothing to do (use --scale N to add more).");
    else console.log(await seedDemo(handle.db, now()));
  } else {
    const bars = { links: progressBar("links"), clicks: progressBar("clicks"), orders: progressBar("orders") };
    const started = performance.now();
    const result = await seedAtScale(handle.db, { clicks: scale, now: now(), onProgress: (phase, done, total) => bars[phase](done, total) });
    console.log(`added ${result.links} links, ${result.clicks} clicks and ${result.orders} orders in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
} finally {
  await handle.close();
}
