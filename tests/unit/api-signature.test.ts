import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { generateApiKey, hashApiKey } from "@/lib/api/keys";
import { signPayload, verifySignature } from "@/lib/api/signature";

const SECRET = "whsec_test_secret_one";
const OTHER_SECRET = "whsec_test_secret_two";
const NOW = new Date("2026-11-22T12:00:00.400Z");
const T = Math.floor(NOW.getTime() / 1000);
const BODY = '{"externalOrderId":"A-1001","lines":[{"sku":"MUG","quantity":2}]}';

const verify = (header: string | null, overrides: { rawBody?: string | Uint8Array; secret?: string; now?: Date } = {}) =>
  verifySignature({ header, rawBody: overrides.rawBody ?? BODY, secret: overrides.secret ?? SECRET, now: overrides.now ?? NOW });

describe("signPayload", () => {
  it("is the hex HMAC-SHA256 of \"<t>.<raw body>\" keyed with the whole secret, as the README tells integrators", () => {
    const expected = createHmac("sha256", SECRET).update(`${T}.${BODY}`).digest("hex");
    expect(signPayload(SECRET, T, BODY)).toBe(`t=${T},v1=${expected}`);
  });

  it("signs bytes and the same text alike", () => {
    expect(signPayload(SECRET, T, new TextEncoder().encode(BODY))).toBe(signPayload(SECRET, T, BODY));
  });
});

describe("verifySignature", () => {
  it("accepts the signature of the exact body with the right secret", () => {
    expect(verify(signPayload(SECRET, T, BODY))).toEqual({ ok: true });
  });

  it("accepts a signed empty body (GET requests)", () => {
    expect(verify(signPayload(SECRET, T, ""), { rawBody: "" })).toEqual({ ok: true });
  });

  it("refuses a body changed after signing, even by one space", () => {
    const header = signPayload(SECRET, T, BODY);
    expect(verify(header, { rawBody: BODY.replace("2", "20") })).toEqual({ ok: false, reason: "mismatch" });
    expect(verify(header, { rawBody: BODY.replace(":", ": ") })).toEqual({ ok: false, reason: "mismatch" });
  });

  it("refuses a signature made with another secret", () => {
    expect(verify(signPayload(OTHER_SECRET, T, BODY))).toEqual({ ok: false, reason: "mismatch" });
  });

  it("refuses a valid signature whose timestamp was swapped for a fresher one (replay)", () => {
    const old = signPayload(SECRET, T - 3600, BODY);
    expect(verify(old.replace(`t=${T - 3600}`, `t=${T}`))).toEqual({ ok: false, reason: "mismatch" });
  });

  it("refuses timestamps 301 s off in either direction and accepts 299 s and 300 s", () => {
    for (const offset of [-301, 301, -3600, 86_400]) {
      expect(verify(signPayload(SECRET, T + offset, BODY)), `offset ${offset}`).toEqual({ ok: false, reason: "timestamp" });
    }
    for (const offset of [-300, -299, 0, 299, 300]) {
      expect(verify(signPayload(SECRET, T + offset, BODY)), `offset ${offset}`).toEqual({ ok: true });
    }
  });

  it("honours a custom tolerance", () => {
    const header = signPayload(SECRET, T - 61, BODY);
    expect(verifySignature({ header, rawBody: BODY, secret: SECRET, now: NOW, toleranceSeconds: 60 })).toEqual({ ok: false, reason: "timestamp" });
    expect(verifySignature({ header, rawBody: BODY, secret: SECRET, now: NOW, toleranceSeconds: 61 })).toEqual({ ok: true });
  });

  it("says the header is missing when there is none or it is blank", () => {
    expect(verify(null)).toEqual({ ok: false, reason: "missing" });
    expect(verify("")).toEqual({ ok: false, reason: "missing" });
    expect(verify("   ")).toEqual({ ok: false, reason: "missing" });
  });

  it("calls broken headers malformed", () => {
    const v1 = signPayload(SECRET, T, BODY).split(",")[1]!;
    const hex = v1.slice(3);
    for (const header of [
      v1, // no timestamp
      `t=${T}`, // no signature
      `t=${T},v0=${hex}`, // only an unknown scheme
      `t=abc,${v1}`,
      `t=${T}.5,${v1}`,
      `t=-${T},${v1}`,
      `t=${T},t=${T},${v1}`, // two timestamps
      `t=${T},v1=${hex.slice(0, 63)}`, // truncated
      `t=${T},v1=${hex}00`, // too long
      `t=${T},v1=${"z".repeat(64)}`, // not hex
      `t=${T};${v1}`,
      "garbage",
      `sha256=${hex}`,
    ]) {
      expect(verify(header), header).toEqual({ ok: false, reason: "malformed" });
    }
  });

  it("tolerates spaces around the parts and ignores schemes it does not know", () => {
    const hex = signPayload(SECRET, T, BODY).split("v1=")[1]!;
    expect(verify(` t=${T} , v1=${hex.toUpperCase()} `)).toEqual({ ok: true });
    expect(verify(`t=${T},v2=whatever,v1=${hex}`)).toEqual({ ok: true });
  });

  it("accepts a request signed with the old and the new secret during a rotation, whichever this side holds", () => {
    const withOld = signPayload(OTHER_SECRET, T, BODY).split("v1=")[1]!;
    const withNew = signPayload(SECRET, T, BODY).split("v1=")[1]!;
    expect(verify(`t=${T},v1=${withOld},v1=${withNew}`)).toEqual({ ok: true });
    expect(verify(`t=${T},v1=${withNew},v1=${withOld}`)).toEqual({ ok: true });
    expect(verify(`t=${T},v1=${withOld},v1=${withNew}`, { secret: OTHER_SECRET })).toEqual({ ok: true });
    expect(verify(`t=${T},v1=${withOld},v1=${withOld}`)).toEqual({ ok: false, reason: "mismatch" });
  });
});

describe("generateApiKey", () => {
  it("makes an lsk_live_ key, a whsec_ secret, a recognisable prefix and the key's sha256", () => {
    const generated = generateApiKey();
    expect(generated.key).toMatch(/^lsk_live_[A-Za-z0-9]{40}$/);
    expect(generated.signingSecret).toMatch(/^whsec_[A-Za-z0-9]{40}$/);
    expect(generated.key.startsWith(generated.prefix)).toBe(true);
    expect(generated.prefix).toHaveLength("lsk_live_".length + 4);
    expect(generated.keyHash).toBe(hashApiKey(generated.key));
    expect(generated.keyHash).toMatch(/^[0-9a-f]{64}$/);
    expect(generated.keyHash).not.toContain(generated.key.slice(9));
  });

  it("never repeats a key or a secret", () => {
    const many = Array.from({ length: 200 }, generateApiKey);
    expect(new Set(many.map((g) => g.key)).size).toBe(200);
    expect(new Set(many.map((g) => g.signingSecret)).size).toBe(200);
  });
});
