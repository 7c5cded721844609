/**
 * Puts `import "server-only";` first in every server module and takes it out of every module a
 * client component reaches (see ./server-only-graph.ts). Idempotent: re-run it after a merge.
 *   npx tsx scripts/codemods/server-only.ts          (writes)
 *   npx tsx scripts/codemods/server-only.ts --check  (lists what it would change; exit 1 if anything)
 */
import fs from "node:fs";
import path from "node:path";
import { ROOT, hasMarker, planServerOnly, withMarker, withoutMarker } from "./server-only-graph";

const check = process.argv.includes("--check");
const plan = planServerOnly();
const changed: string[] = [];
for (const file of plan.server) {
  const full = path.join(ROOT, file);
  const text = fs.readFileSync(full, "utf8");
  if (hasMarker(text)) continue;
  changed.push(`+ ${file}`);
  if (!check) fs.writeFileSync(full, withMarker(text, full));
}
for (const file of plan.clientReachable) {
  const full = path.join(ROOT, file);
  const text = fs.readFileSync(full, "utf8");
  if (!hasMarker(text)) continue;
  changed.push(`- ${file} (a "use client" file imports it)`);
  if (!check) fs.writeFileSync(full, withoutMarker(text));
}
for (const line of changed) console.log(line);
console.log(`${plan.server.length} server modules, ${plan.clientReachable.length} reached by client components; ${changed.length} ${check ? "to change" : "changed"}.`);
if (check && changed.length > 0) process.exitCode = 1;
