/**
 * `npm run seed`: the demo data on an empty database; `npm run seed -- --scale N` adds N clicks
 * (and about N/20 orders, or `--orders M`; the first run also adds N/100 products in more shops and
 * more creators) for benchmarks, with a progress bar.
 */
import { parseArgs } from "node:util";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { isDatabaseEmpty, seedDemo } from "@/db/seed/demo";
import { seedAtScale } from "@/db/seed/scale";
import { now } from "@/lib/clock";
import { progressBar } from "./progress";

const { values } = parseArgs({ options: { scale: { type: "string" }, orders: { type: "string" } } });
const count = (value: string | undefined) => (value === undefined ? undefined : Number(value.replace(/[_,]/g, "")));
const scale = count(values.scale);
const orders = count(values.orders);
if (scale !== undefined && !(Number.isInteger(scale) && scale > 0 && scale <= 50_000_000)) {
  console.error("--scale takes a whole number of clicks between 1 and 50,000,000, for example --scale 1000000");
  process.exit(2);
}
if (orders !== undefined && (scale === undefined || !(Number.isInteger(orders) && orders >= 0 && orders <= scale))) {
  console.error("--orders goes with --scale and takes a whole number of orders up to the number of clicks, for example --scale 1000000 --orders 50000");
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
    const result = await seedAtScale(handle.db, {
      clicks: scale,
      orders,
      now: now(),
      onCatalogue: (added) => console.log(`added ${added.shops} shops with ${added.products} products and ${added.creators} creators`),
      onProgress: (phase, done, total) => bars[phase](done, total),
    });
    console.log(`added ${result.links} links, ${result.clicks} clicks and ${result.orders} orders in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
} finally {
  await handle.close();
}
