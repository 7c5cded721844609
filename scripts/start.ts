/**
 * `npm start`: builds the portal, prepares the database (migrations, demo data on first run) and
 * serves it in production mode. PGlite under .data/ unless DATABASE_URL is set.
 *   tsx scripts/start.ts [--no-build]
 */
import { spawn, spawnSync } from "node:child_process";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/db/seed/demo-accounts";
import { prepareDatabase } from "./prepare-db";

const port = process.env.PORT || "3000";
const host = process.env.HOST || "0.0.0.0";

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!process.argv.includes("--no-build")) run("npx", ["next", "build"]);
// The PGlite folder can be opened by one process at a time: prepare, close, then serve.
await prepareDatabase({ seed: true });

// The server processes: one per core on PostgreSQL, else one (scripts/serve.ts).
const server = spawn("node_modules/.bin/tsx", ["scripts/serve.ts", "-p", port, "-H", host], { stdio: ["inherit", "pipe", "inherit"] });
let announced = false;
server.stdout.on("data", (chunk: Buffer) => {
  process.stdout.write(chunk);
  if (!announced && /ready|started|localhost/i.test(chunk.toString())) {
    announced = true;
    const width = Math.max(...DEMO_ACCOUNTS.map((a) => a.email.length));
    console.log(`\n  Affiliate portal: http://localhost:${port}\n\n  Demo accounts (password: ${DEMO_PASSWORD})`);
    for (const a of DEMO_ACCOUNTS) console.log(`    ${a.role.padEnd(8)} ${a.email.padEnd(width)}  ${a.note}`);
    console.log("");
  }
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
