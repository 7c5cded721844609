/**
 * One server process: Next's production server (as `next start` runs it) behind a node:http
 * listener that first offers each request to the app's direct routes (lib/api/direct-routes.ts),
 * which instrumentation.ts registers when the app starts. scripts/serve.ts runs one of these per core.
 *   node --import tsx scripts/next-server.ts -p <port> -H <host>
 */
import http from "node:http";
import path from "node:path";
import next from "next";
import { DIRECT_ROUTES, type DirectRoutes } from "@/lib/api/direct-routes";

function option(flag: string, fallback: string): string {
  const at = process.argv.indexOf(flag);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
}

const port = Number(option("-p", process.env.PORT || "3000"));
const hostname = option("-H", process.env.HOST || "0.0.0.0");
// As `next start` names its process, which the system tests and the benches look for.
process.title = "next-server (portal)";

const app = next({ dev: false, dir: path.resolve(import.meta.dirname, ".."), hostname, port });
await app.prepare();
const handle = app.getRequestHandler();
const directRoutes = () => (globalThis as Record<symbol, DirectRoutes | undefined>)[DIRECT_ROUTES];

const server = http.createServer((req, res) => {
  if (directRoutes()?.(req, res)) return;
  void handle(req, res);
});
server.listen(port, hostname, () => console.log(`✓ Ready on http://${hostname}:${port}`));

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server.close();
    server.closeIdleConnections();
    void app.close().finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
