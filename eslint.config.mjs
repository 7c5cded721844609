import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// The layers (README, "How the code is laid out"), as import rules. Each pattern is matched on the
// import string; the relative forms catch "../../server/x" as well as "@/server/x".
const FRAMEWORK = {
  regex: "^(next|react|react-dom|next-auth)(/.*)?$",
  message: "lib/ is the domain: it never imports next, react or next-auth (the request edge is server/).",
};
const layer = (dir) => `^(@/|(\\.\\./)+)${dir}(/.*)?$`;
const NO_APP = { regex: layer("app"), message: "Only app/ imports app/ (pages, actions and route handlers are the top layer)." };
// A client component may import a route's server actions ("use server" modules are the RPC
// boundary Next gives forms); nothing else from app/.
const NO_APP_BUT_ACTIONS = {
  regex: "^(@/|(\\.\\./)+)app(/(?!(.*/)?actions$).*)?$",
  message: "components/ may import a route's server actions (app/**/actions) and nothing else from app/.",
};
const NO_COMPONENTS = { regex: layer("components"), message: "components/ is UI: only app/ imports it." };
const NO_SERVER = { regex: layer("server"), message: "server/ is the request edge: only app/ imports it." };
const NO_DB_IN_COMPONENTS = {
  regex: layer("db"),
  allowTypeImports: false,
  message: "components/ never imports db/, not even types: take the type from lib/ (or from the page's props).",
};
const DB_KERNELS_ONLY = {
  // db/ may take from lib/ only its kernels: ids, money, clock, errors (and lib/actor's types, below).
  regex: "^(@/|(\\.\\./)+)lib/(?!((ids|money|clock)[^/]*(/.*)?|errors|actor)$)",
  message: "db/ imports only lib/'s kernels (ids, money, clock, errors); domain rules live in lib/ and call db/.",
};
const DB_ACTOR_TYPES = { regex: "^(@/|(\\.\\./)+)lib/actor$", allowTypeImports: true, message: "db/ may take only lib/actor's types." };

const restrict = (patterns) => ({ "no-restricted-imports": ["error", { patterns }] });

export const layerRules = [
  { name: "layers/lib", files: ["lib/**/*.{ts,tsx}"], rules: restrict([FRAMEWORK, NO_APP, NO_COMPONENTS, NO_SERVER]) },
  {
    name: "layers/db",
    files: ["db/schema/**/*.ts", "db/queries/**/*.ts", "db/client.ts", "db/index.ts", "db/bulk.ts", "db/migrate.ts", "db/sql-helpers.ts"],
    rules: restrict([{ ...FRAMEWORK, message: "db/ never imports next, react or next-auth." }, NO_APP, NO_COMPONENTS, NO_SERVER, DB_KERNELS_ONLY, DB_ACTOR_TYPES]),
  },
  {
    name: "layers/components",
    files: ["components/**/*.{ts,tsx}"],
    rules: restrict([NO_DB_IN_COMPONENTS, NO_SERVER, NO_APP_BUT_ACTIONS]),
  },
  { name: "layers/server", files: ["server/**/*.{ts,tsx}"], rules: restrict([NO_APP, NO_COMPONENTS]) },
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  ...layerRules,
  // The deliberate violations of tests/lint-fixtures are linted by tests/unit/layers-lint.test.ts only.
  globalIgnores([".next/**", ".next-e2e*/**", ".data/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "db/migrations/**", "tests/lint-fixtures/**"]),
]);
