#!/usr/bin/env bash
# `npm test`: everything a change must pass, in the order that fails fastest.
# Unit and integration tests run on PGlite, or on PostgreSQL when DATABASE_URL is set;
# the e2e tests run in Chromium against a production build on the same database; the system tests
# run that build's server processes on PostgreSQL (always: DATABASE_URL, else the local server).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

step() { printf '\n==> %s\n' "$*"; }

step "Chromium for the e2e tests"
bash scripts/ensure-chromium.sh

step "Type check"
npx tsc --noEmit

step "Lint"
npx eslint --max-warnings 0 .

database=PGlite
[ -n "${DATABASE_URL:-}" ] && database=PostgreSQL
step "Unit and integration tests (database: $database)"
npx vitest run --project unit --project integration

step "End-to-end tests in Chromium"
npx playwright test

step "System tests: production servers on PostgreSQL (SIGKILL mid-load, PostgreSQL outage, two processes)"
npx vitest run --project system
