import { systemDistDir } from "./app-server";
import { ensureProductionBuild } from "./build";
import { assertPostgresReachable, dropAbandonedDatabases } from "./postgres";

/**
 * Before any system test: PostgreSQL must answer (these tests are about several processes on one
 * PostgreSQL and about PostgreSQL going away, so they fail rather than skip without it), and there
 * must be a production build to serve (`npm test` has just made one in its e2e step).
 */
export default async function setup(): Promise<void> {
  try {
    await assertPostgresReachable();
  } catch (error) {
    // One line, no stack: the cause is outside the code.
    console.error(`\n[system] ${(error as Error).message}\n`);
    process.exit(1);
  }
  const abandoned = await dropAbandonedDatabases("sys");
  if (abandoned.length > 0) console.log(`[system] dropped ${abandoned.length} database(s) left by interrupted runs`);
  ensureProductionBuild(systemDistDir());
}
