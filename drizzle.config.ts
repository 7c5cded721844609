import { defineConfig } from "drizzle-kit";

// Migrations are generated from db/schema and applied by the app's own migrate step (db/migrate.ts)
// on PGlite and on PostgreSQL alike; `drizzle-kit push` is never used.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  casing: "snake_case",
});
