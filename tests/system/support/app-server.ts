import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import net from "node:net";
import path from "node:path";
import { httpGet, sleep } from "./http";

export const PROJECT_ROOT = path.resolve(import.meta.dirname, "../../..");
export const NEXT_BIN = path.join(PROJECT_ROOT, "node_modules/next/dist/bin/next");
const TSX_BIN = path.join(PROJECT_ROOT, "node_modules/.bin/tsx");

/** The build the system tests serve: the e2e step's (NEXT_DIST_DIR, `.next-e2e` by default). */
export function systemDistDir(): string {
  return process.env.NEXT_DIST_DIR || ".next-e2e";
}

const running = new Set<ChildProcess>();

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    // Each server leads its own process group, so this reaches anything it started too.
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

// A test run that fails or is interrupted must not leave production servers behind. The servers run
// in their own process groups, so they outlive this process unless it kills them on the way out.
const killAll = () => {
  for (const child of running) signalGroup(child, "SIGKILL");
};
process.on("exit", killAll);
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.once(signal, () => {
    killAll();
    // The handler is gone now: the same signal ends this process as it would have.
    process.kill(process.pid, signal);
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export type AppServer = {
  baseUrl: string;
  /** scripts/serve.ts, the primary of its server processes (scripts/next-server.ts, titled `next-server`). */
  pid: number;
  /** Signals the server's whole process group. */
  kill: (signal: NodeJS.Signals) => void;
  /** SIGTERM, then SIGKILL after 5 s; resolves once the process is gone. */
  stop: () => Promise<void>;
  exited: Promise<void>;
  /** The end of what the server printed, for failure messages. */
  output: () => string;
};

/**
 * The production build served through scripts/serve.ts, as `npm start` serves it, on a free
 * loopback port and the given PostgreSQL database, in `processes` processes (default 1); resolves
 * once /api/health answers 200.
 */
export async function startAppServer(options: { databaseUrl: string; distDir?: string; readyTimeoutMs?: number; processes?: number; env?: Record<string, string> }): Promise<AppServer> {
  const port = await freePort();
  const child = spawn(TSX_BIN, ["scripts/serve.ts", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: PROJECT_ROOT,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      NEXT_DIST_DIR: options.distDir ?? systemDistDir(),
      DATABASE_URL: options.databaseUrl,
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      WEB_CONCURRENCY: String(options.processes ?? 1),
      ...options.env,
    },
  });
  running.add(child);
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString("utf8")).slice(-8_000);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  void exited.then(() => running.delete(child));

  const baseUrl = `http://127.0.0.1:${port}`;
  const server: AppServer = {
    baseUrl,
    pid: child.pid!,
    kill: (signal) => signalGroup(child, signal),
    stop: async () => {
      signalGroup(child, "SIGTERM");
      const timer = setTimeout(() => signalGroup(child, "SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    },
    exited,
    output: () => output,
  };

  const deadline = Date.now() + (options.readyTimeoutMs ?? 60_000);
  let gone = false;
  void exited.then(() => (gone = true));
  while (Date.now() < deadline && !gone) {
    const health = await httpGet(`${baseUrl}/api/health`, { timeoutMs: 5_000 }).catch(() => null);
    if (health?.status === 200) return server;
    await sleep(200);
  }
  await server.stop();
  throw new Error(`the server on ${baseUrl} did not become healthy (${gone ? "it exited" : "timed out"}):\n${output}`);
}
