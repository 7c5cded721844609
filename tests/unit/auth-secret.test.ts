import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { authSecret } from "@/lib/auth/secret";

const saved = { AUTH_SECRET: process.env.AUTH_SECRET, DATA_DIR: process.env.DATA_DIR };
afterEach(() => {
  for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
  else process.env[k] = v;
});

describe("the session signing key", () => {
  it("is generated once and kept, so sessions survive a restart", () => {
    delete process.env.AUTH_SECRET;
    process.env.DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "secret-"));
    const first = authSecret();
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(authSecret()).toBe(first);
    expect(fs.readFileSync(path.join(process.env.DATA_DIR, "auth-secret"), "utf8")).toBe(first);
  });

  it("comes from AUTH_SECRET when it is set", () => {
    process.env.AUTH_SECRET = "configured-secret-value";
    expect(authSecret()).toBe("configured-secret-value");
  });
});
