import path from "node:path";
import { defineConfig } from "vitest/config";

// `import "server-only"` (every server module) is Next's marker; in tests, as on the server, it is empty.
const alias = { "@": path.resolve(import.meta.dirname), "server-only": path.resolve(import.meta.dirname, "node_modules/next/dist/compiled/server-only/empty.js") };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["tests/unit/**/*.test.ts", "lib/**/*.test.ts"], environment: "node" },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          // next-auth imports "next/server" without an extension, which only a bundler resolves:
          // inlined, Vite resolves it (tests/integration/auth-origin.test.ts runs its route handler).
          server: { deps: { inline: ["next-auth"] } },
          // Each file migrates its own fresh database; PGlite boots in ~1 s.
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "system",
          include: ["tests/system/**/*.test.ts"],
          environment: "node",
          // Production servers (`next start` of the e2e build) on PostgreSQL: checks PostgreSQL and the
          // build first, then one file at a time so the servers do not compete for the CPU.
          globalSetup: ["tests/system/support/global-setup.ts"],
          pool: "forks",
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
});
