import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const HOOK = "components/ui/use-form-action.ts";

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(file);
    return /\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

describe("the one form pattern", () => {
  it("every form with an action goes through useFormAction, so a refused submit keeps what was typed the same way", () => {
    const direct = [...sources("components"), ...sources("app")].filter((file) => file !== HOOK && /\buseActionState\s*\(/.test(fs.readFileSync(path.join(ROOT, file), "utf8")));
    expect(direct).toEqual([]);
  });
});
