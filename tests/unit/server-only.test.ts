import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, hasMarker, planServerOnly, withMarker, withoutMarker } from "@/scripts/codemods/server-only-graph";

const FIX = 'run `npx tsx scripts/codemods/server-only.ts` to fix';

describe('import "server-only"', () => {
  const plan = planServerOnly();
  const read = (file: string) => fs.readFileSync(path.join(ROOT, file), "utf8");

  it("is in every server module of lib/, db/ and server/", () => {
    expect(plan.server.length).toBeGreaterThan(100);
    expect(plan.server.filter((file) => !hasMarker(read(file))), `server modules without it: ${FIX}`).toEqual([]);
  });

  it("is in no module that a client component reaches (its build would fail)", () => {
    expect(plan.clientReachable).toContain("lib/money/format.ts");
    expect(plan.clientReachable.filter((file) => hasMarker(read(file))), `client-reachable modules with it: ${FIX}`).toEqual([]);
  });

  it("goes first among the imports, after a directive, and comes out cleanly", () => {
    const plain = '// A comment.\nimport { a } from "./a";\n\nexport const b = a;\n';
    expect(withMarker(plain, "x.ts")).toBe('// A comment.\nimport "server-only";\nimport { a } from "./a";\n\nexport const b = a;\n');
    expect(withoutMarker(withMarker(plain, "x.ts"))).toBe(plain);
    expect(withMarker('"use server";\n\nimport { a } from "./a";\n', "x.ts")).toBe('"use server";\nimport "server-only";\n\nimport { a } from "./a";\n');
    expect(withMarker("export const c = 1;\n", "x.ts")).toBe('import "server-only";\n\nexport const c = 1;\n');
    expect(withMarker(withMarker(plain, "x.ts"), "x.ts")).toBe(withMarker(plain, "x.ts"));
  });

  it("resolves to an empty module in the scripts (tsx with the preload)", () => {
    const out = execFileSync(
      path.join(ROOT, "node_modules/.bin/tsx"),
      ["--import", "./scripts/server-only/register.mjs", "-e", 'import("server-only").then((m) => console.log(Object.keys(m).length))'],
      { cwd: ROOT, encoding: "utf8" },
    );
    expect(out.trim()).toBe("0");
  });
});
