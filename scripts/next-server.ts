/**
 * One server process: Next's production server (as `next start` runs it) behind a node:http
 * listener that first offers each request to the app's direct routes (lib/api/direct-routes.ts),
 * which instrumentation.ts registers when the app starts. scripts/serve.ts runs one of these per core.
 *   node --import tsx --import ./scripts/server-only/register.mjs scripts/next-server.ts -p <port> -H <host>
 */
import http from "node:http";
import path from "node:path";
import next from "next";
import { closeDatabase } from "@/db";
import { DIRECT_ROUTES, type DirectRoutes } from "@/lib/api/direct-routes";
import { securityHeaders } from "@/lib/http/security-headers";
import { CLIENT_IP_HEADER, isTrustedProxy } from "@/lib/http/trusted-proxies";
import { refuseUndecodablePath } from "@/lib/http/undecodable-path";
import { requestIsHttps } from "@/lib/sharing/short-link";

function option(flag: string, fallback: string): string {
  const at = process.argv.indexOf(flag);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
}

function headerText(value: string | string[] | undefined): string | null {
  return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
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
  // Next's App Router does not expose the socket: its address travels in a header of our own that
  // clientIp() reads (lib/http/trusted-proxies.ts), and a copy sent by the client is dropped first.
  delete req.headers[CLIENT_IP_HEADER];
  if (req.socket.remoteAddress) req.headers[CLIENT_IP_HEADER] = req.socket.remoteAddress;
  // How the visitor addressed us counts only from a trusted proxy (TRUSTED_PROXIES); next-auth and
  // Next read these headers themselves, so a client's own copies go here.
  if (!isTrustedProxy(req.socket.remoteAddress ?? null)) {
    delete req.headers["x-forwarded-host"];
    delete req.headers["x-forwarded-proto"];
  }
  // On every answer, the direct routes' and the redirect's included; proxy.ts gives pages their own policy.
  const https = requestIsHttps({ get: (name) => headerText(req.headers[name]) });
  for (const [name, value] of securityHeaders({ https })) res.setHeader(name, value);
  if (refuseUndecodablePath(req, res)) return;
  if (directRoutes()?.(req, res)) return;
  void handle(req, res);
});
server.listen(port, hostname, () => console.log(`✓ Ready on http://${hostname}:${port}`));

// Stop taking connections, finish the requests in flight (an order batch being written, a click
// being stored), then close Next and the database pool, which waits for statements already sent.
let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => {
      console.error("[next-server] requests still running after 10 s; exiting");
      process.exit(1);
    }, 10_000).unref();
    void (async () => {
      // A keep-alive connection busy at close() would otherwise stay open for its idle timeout once answered.
      const idle = setInterval(() => server.closeIdleConnections(), 50);
      await new Promise((resolve) => server.close(resolve));
      clearInterval(idle);
      await app.close();
      await closeDatabase();
      process.exit(0);
    })().catch((error: unknown) => {
      console.error("[next-server] stopping failed", error);
      process.exit(1);
    });
  });
}
