#!/usr/bin/env bash
# The Playwright webServer (see playwright.config.ts): builds the portal into .next-e2e, prepares a
# database and serves it on 127.0.0.1:${E2E_PORT:-3100}.
#
#   DATABASE_URL unset: a fresh PGlite folder per run (.data/e2e-pglite-<time>-<pid>); folders of
#                       earlier runs whose server is gone are removed first.
#   DATABASE_URL set:   that database (CI gives a fresh one; the specs tolerate re-runs).
#   E2E_REUSE_BUILD=1:  skip the build when .next-e2e holds one (for quick local iterations only).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT="$PWD"
PORT="${E2E_PORT:-3100}"

# Another folder name (NEXT_DIST_DIR=.next-e2e-2) lets two e2e runs build side by side.
export NEXT_DIST_DIR="${NEXT_DIST_DIR:-.next-e2e}"
export NEXT_TELEMETRY_DISABLED=1
export CLOCK_SHIFT=enabled
# A new signing key per run: sessions saved by an earlier run are worthless to this one.
AUTH_SECRET="$(node -p 'require("node:crypto").randomBytes(32).toString("base64url")')"
export AUTH_SECRET

log() { printf '[e2e-server] %s\n' "$*"; }

# `next build` rewrites tsconfig.json (adds .next-e2e/types to "include") and next-env.d.ts (points it
# at .next-e2e). Both belong to the everyday `.next` setup, so put them back afterwards, but only when
# the difference is exactly what the build wrote (never undo somebody's edit made meanwhile).
SNAPSHOT="$(mktemp -d)"
cp tsconfig.json next-env.d.ts "$SNAPSHOT/" 2>/dev/null || true
restore_ts_files() {
  SNAPSHOT="$SNAPSHOT" DIST="$NEXT_DIST_DIR" node --input-type=module -e '
    import fs from "node:fs";
    const dir = process.env.SNAPSHOT;
    const read = (f) => { try { return fs.readFileSync(f, "utf8"); } catch { return null; } };
    const restore = (file, buildWrote) => {
      const before = read(`${dir}/${file}`), now = read(file);
      if (before === null || now === null || before === now) return;
      if (buildWrote(before, now)) { fs.writeFileSync(file, before); console.log(`[e2e-server] restored ${file}`); }
      else console.warn(`[e2e-server] ${file} changed during the build in an unexpected way; left as it is`);
    };
    restore("tsconfig.json", (before, now) => {
      try {
        const a = JSON.parse(before), b = JSON.parse(now);
        const dist = process.env.DIST;
        const extra = new Set([`${dist}/types/**/*.ts`, `${dist}/dev/types/**/*.ts`]);
        b.include = (b.include ?? []).filter((p, i, all) => !extra.has(p) || (a.include ?? []).includes(p));
        return JSON.stringify(a) === JSON.stringify(b);
      } catch { return false; }
    });
    restore("next-env.d.ts", (before, now) => now === before.replaceAll("./.next/", `./${process.env.DIST}/`));
  ' || log "could not check tsconfig.json / next-env.d.ts"
  rm -rf "$SNAPSHOT"
}
trap restore_ts_files EXIT

if [[ "${E2E_REUSE_BUILD:-}" == "1" && -f "$NEXT_DIST_DIR/BUILD_ID" ]]; then
  log "reusing the build in $NEXT_DIST_DIR (E2E_REUSE_BUILD=1)"
else
  log "building into $NEXT_DIST_DIR"
  started=$SECONDS
  node_modules/.bin/next build
  log "build took $((SECONDS - started)) s"
fi
restore_ts_files
trap - EXIT

if [[ -z "${DATABASE_URL:-}" ]]; then
  mkdir -p .data
  # Earlier runs' folders end in the pid of their server (this script's pid, kept by `exec`).
  for dir in .data/e2e-pglite-*; do
    [[ -d "$dir" ]] || continue
    owner="${dir##*-}"
    if [[ "$owner" =~ ^[0-9]+$ ]] && kill -0 "$owner" 2>/dev/null; then
      log "keeping $dir (its server, pid $owner, still runs)"
    else
      rm -rf "$dir"
    fi
  done
  export PGLITE_DIR="$ROOT/.data/e2e-pglite-$(date +%Y%m%d-%H%M%S)-$$"
  log "fresh PGlite database at ${PGLITE_DIR#"$ROOT/"}"
else
  log "using the database in DATABASE_URL"
fi

# Migrations and demo data (only when the database is empty). PGlite allows one process per folder:
# this one closes it before the server opens it.
node_modules/.bin/tsx --import ./scripts/server-only/register.mjs scripts/prepare-db.ts

log "serving on http://127.0.0.1:$PORT"
# As `npm start` serves (scripts/serve.ts): one process here, since CLOCK_SHIFT is enabled.
exec node_modules/.bin/tsx scripts/serve.ts -p "$PORT" -H 127.0.0.1
