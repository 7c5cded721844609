import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { NEXT_BIN, PROJECT_ROOT } from "./app-server";

/** Routes a build must hold to be served to these tests (an older build has no redirect at all). */
const REQUIRED_ROUTES = ["/l/[code]/route", "/api/metrics/route", "/api/health/route"];

const SOURCE_DIRS = ["app", "components", "lib", "db"];
const SOURCE_FILES = ["next.config.ts", "proxy.ts", "instrumentation.ts", "package.json"];

/** The newest modification time of the app's sources: a build older than that serves old code. */
function newestSourceTime(): number {
  let newest = 0;
  const visit = (file: string) => {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) for (const entry of fs.readdirSync(file)) visit(path.join(file, entry));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const entry of [...SOURCE_DIRS, ...SOURCE_FILES]) visit(path.join(PROJECT_ROOT, entry));
  return newest;
}

function buildIsUsable(distDir: string): boolean {
  const dir = path.join(PROJECT_ROOT, distDir);
  const built = fs.statSync(path.join(dir, "BUILD_ID"), { throwIfNoEntry: false });
  if (!built || built.mtimeMs < newestSourceTime()) return false;
  try {
    const routes = JSON.parse(fs.readFileSync(path.join(dir, "app-path-routes-manifest.json"), "utf8")) as Record<string, string>;
    return REQUIRED_ROUTES.every((route) => route in routes);
  } catch {
    return false;
  }
}

const read = (file: string) => {
  try {
    return fs.readFileSync(path.join(PROJECT_ROOT, file), "utf8");
  } catch {
    return null;
  }
};

/**
 * `next build` into another folder than `.next` adds that folder to tsconfig.json's "include" and
 * points next-env.d.ts at it. Put both back, but only when the difference is exactly what the build
 * wrote (as scripts/e2e-server.sh does), never over somebody's edit made meanwhile.
 */
function restoreFilesTheBuildRewrote(before: { tsconfig: string | null; nextEnv: string | null }, distDir: string): void {
  const tsconfig = read("tsconfig.json");
  if (before.tsconfig && tsconfig && tsconfig !== before.tsconfig) {
    try {
      const a = JSON.parse(before.tsconfig) as { include?: string[] };
      const b = JSON.parse(tsconfig) as { include?: string[] };
      const added = new Set([`${distDir}/types/**/*.ts`, `${distDir}/dev/types/**/*.ts`]);
      b.include = (b.include ?? []).filter((p) => !added.has(p) || (a.include ?? []).includes(p));
      if (JSON.stringify(a) === JSON.stringify(b)) fs.writeFileSync(path.join(PROJECT_ROOT, "tsconfig.json"), before.tsconfig);
    } catch {
      // Not JSON we understand: leave it as it is.
    }
  }
  const nextEnv = read("next-env.d.ts");
  if (before.nextEnv && nextEnv && nextEnv === before.nextEnv.replaceAll("./.next/", `./${distDir}/`)) {
    fs.writeFileSync(path.join(PROJECT_ROOT, "next-env.d.ts"), before.nextEnv);
  }
}

/** Builds the app into `distDir` unless a build with the redirect is already there. */
export function ensureProductionBuild(distDir: string, log: (message: string) => void = console.log): void {
  if (buildIsUsable(distDir)) return;
  log(`[system] no usable production build in ${distDir}: building it (next build)`);
  const before = { tsconfig: read("tsconfig.json"), nextEnv: read("next-env.d.ts") };
  const started = performance.now();
  const result = spawnSync(process.execPath, [NEXT_BIN, "build"], {
    cwd: PROJECT_ROOT,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: distDir },
  });
  if (distDir !== ".next") restoreFilesTheBuildRewrote(before, distDir);
  if (result.status !== 0) throw new Error(`next build into ${distDir} failed (exit ${result.status ?? result.signal})`);
  log(`[system] build took ${Math.round((performance.now() - started) / 1000)} s`);
}
