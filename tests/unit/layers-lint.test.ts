import fs from "node:fs";
import path from "node:path";
import { ESLint, type Linter } from "eslint";
import { describe, expect, it } from "vitest";
// @ts-expect-error -- the ESLint config is plain JavaScript without declarations
import config, { TEMPORARY_ALLOW } from "@/eslint.config.mjs";

const root = path.resolve(import.meta.dirname, "../..");
const fixtures = path.join(root, "tests/lint-fixtures");

/** Every fixture and how many layer violations it holds (0: an allowed import). */
const EXPECTED: Record<string, number> = {
  "lib/imports-next.ts": 1,
  "lib/imports-react.ts": 1,
  "lib/imports-next-auth.ts": 1,
  "lib/imports-server.ts": 1,
  "lib/imports-app-relative.ts": 1,
  "lib/imports-components.ts": 1,
  "db/queries/imports-domain-rule.ts": 1,
  "db/queries/imports-actor-value.ts": 1,
  "db/queries/imports-kernels.ts": 0,
  "components/imports-db-type.tsx": 1,
  "components/imports-server-type.tsx": 1,
  "components/imports-app.tsx": 1,
  "server/imports-app.ts": 1,
  "server/imports-components.ts": 1,
};

const layerErrors = (results: ESLint.LintResult[]) =>
  results.flatMap((r) => r.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => `${path.relative(root, r.filePath)}: ${m.message}`));

function withoutIgnores(c: Linter.Config): Linter.Config {
  const rest = { ...c };
  delete rest.ignores;
  return rest;
}

/** Lints a fixture's text as if it lived at its place in the real tree (where the layer rules apply). */
async function lintAsIfAt(eslint: ESLint, relative: string) {
  const text = fs.readFileSync(path.join(fixtures, relative), "utf8");
  return eslint.lintText(text, { filePath: path.join(root, relative) });
}

describe("the layers, enforced by lint", () => {
  // Only the layer rule runs here (the whole of lint runs as `npm run lint`).
  const onlyLayers = ({ ruleId }: { ruleId: string }) => ruleId === "no-restricted-imports";
  const eslint = new ESLint({ cwd: root, ruleFilter: onlyLayers });

  it("has an expectation for every fixture", () => {
    const files = fs.readdirSync(fixtures, { recursive: true, encoding: "utf8" }).filter((f) => /\.tsx?$/.test(f));
    expect(files.map((f) => f.split(path.sep).join("/")).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))("%s breaks the layer rules %i time(s)", async (relative, count) => {
    const results = await lintAsIfAt(eslint, relative);
    expect(layerErrors(results)).toHaveLength(count);
  });

  it("passes on the real tree", async () => {
    const results = await eslint.lintFiles(["lib", "db", "components", "server"]);
    expect(results.length).toBeGreaterThan(100);
    expect(layerErrors(results)).toEqual([]);
  }, 120_000);

  it("allow-lists only files that exist and still break a layer rule (delete an entry once its file is fixed)", async () => {
    // The same config without the allow-list.
    const strict = new ESLint({
      cwd: root,
      ruleFilter: onlyLayers,
      overrideConfigFile: true,
      overrideConfig: (config as Linter.Config[]).map((c) => (c.name?.startsWith("layers/") ? withoutIgnores(c) : c)),
    });
    const listed: string[] = Object.values(TEMPORARY_ALLOW as Record<string, string[]>).flat();
    const missing = listed.filter((file) => !fs.existsSync(path.join(root, file)));
    expect(missing, "allow-listed files that no longer exist").toEqual([]);
    const results = await strict.lintFiles(listed);
    const clean = results.filter((r) => layerErrors([r]).length === 0).map((r) => path.relative(root, r.filePath));
    expect(clean, "allow-listed files that now keep the layer rules: delete their entries in eslint.config.mjs").toEqual([]);
  }, 120_000);
});
