import fs from "node:fs";
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

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
  "components/imports-actions.tsx": 0,
  "server/imports-app.ts": 1,
  "server/imports-components.ts": 1,
};

const layerErrors = (results: ESLint.LintResult[]) =>
  results.flatMap((r) => r.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => `${path.relative(root, r.filePath)}: ${m.message}`));

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

});
