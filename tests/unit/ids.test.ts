import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

type IdsModule = typeof import("@/lib/ids");
let ids: IdsModule;

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const decode = (s: string) => [...s].reduce((acc, c) => acc * 32n + BigInt(CROCKFORD.indexOf(c)), 0n);
const timeOf = (id: string) => Number(decode(id.slice(4, 14)));
const randomOf = (id: string) => decode(id.slice(14));

beforeEach(async () => {
  // Fresh module per test so the monotonic state of one test cannot leak into another.
  vi.resetModules();
  ids = await import("@/lib/ids");
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe("newId", () => {
  it("is the prefix, an underscore and 26 Crockford base32 characters", () => {
    const id = ids.newId(ids.ID_PREFIXES.user);
    expect(id).toMatch(/^usr_[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(id).toHaveLength(30);
  });

  it("encodes the real Date.now() millisecond in its first 10 characters", () => {
    vi.spyOn(Date, "now").mockReturnValue(1_717_171_717_171);
    expect(timeOf(ids.newId("ord"))).toBe(1_717_171_717_171);
  });

  it("ids created in sequence sort in creation order", () => {
    const created = Array.from({ length: 2000 }, () => ids.newId("clk"));
    expect([...created].sort()).toEqual(created);
  });

  it("within one millisecond the random part strictly increases, by an unpredictable step", () => {
    vi.spyOn(Date, "now").mockReturnValue(1_700_000_000_000);
    const created = Array.from({ length: 50 }, () => ids.newId("com"));
    expect(new Set(created.map(timeOf))).toEqual(new Set([1_700_000_000_000]));
    expect([...created].sort()).toEqual(created);
    const steps = created.slice(1).map((id, i) => randomOf(id) - randomOf(created[i] ?? ""));
    expect(steps.every((step) => step > 0n)).toBe(true);
    expect(steps.some((step) => step > 1n)).toBe(true);
  });

  it("keeps sorting in creation order if the wall clock steps backwards", () => {
    const now = vi.spyOn(Date, "now").mockReturnValue(1_700_000_000_500);
    const first = ids.newId("oev");
    now.mockReturnValue(1_700_000_000_000);
    const second = ids.newId("oev");
    expect(second > first).toBe(true);
    expect(timeOf(second)).toBe(1_700_000_000_500);
  });

  it("borrows the next millisecond when the random space of this one is exhausted", () => {
    vi.spyOn(Date, "now").mockReturnValue(1_700_000_000_000);
    vi.spyOn(crypto, "getRandomValues").mockImplementation(<T extends ArrayBufferView | null>(array: T): T => {
      if (array instanceof Uint8Array) array.fill(0xff);
      return array;
    });
    const first = ids.newId("wle");
    const second = ids.newId("wle");
    expect(randomOf(first)).toBe((1n << 80n) - 1n);
    expect(timeOf(second)).toBe(1_700_000_000_001);
    expect(second > first).toBe(true);
  });

  it("10 000 ids are all distinct", () => {
    const created = new Set(Array.from({ length: 10_000 }, () => ids.newId("lnk")));
    expect(created.size).toBe(10_000);
  });
});

describe("ID_PREFIXES", () => {
  it("gives every entity a distinct three-letter prefix", () => {
    const prefixes = Object.values(ids.ID_PREFIXES);
    expect(prefixes).toHaveLength(30);
    expect(new Set(prefixes).size).toBe(prefixes.length);
    for (const prefix of prefixes) expect(prefix).toMatch(/^[a-z]{3}$/);
  });

  it("maps the named entities to their agreed prefixes", () => {
    expect(ids.ID_PREFIXES).toMatchObject({
      user: "usr",
      rateChange: "prc",
      apiKey: "key",
      signInAttempt: "sia",
      commissionEvent: "cev",
      passwordResetToken: "prt",
      outboxMessage: "msg",
      rateLimitEvent: "rle",
      shopDomain: "dom",
    });
  });
});

describe("isId", () => {
  it("accepts a generated id, and checks the prefix when one is given", () => {
    const id = ids.newId("shp");
    expect(ids.isId(id)).toBe(true);
    expect(ids.isId(id, "shp")).toBe(true);
    expect(ids.isId(id, "usr")).toBe(false);
  });

  it("rejects malformed ids", () => {
    for (const value of ["shp_", "shp_01JD", `SHP_${"0".repeat(26)}`, `shp_${"I".repeat(26)}`, 42, null]) {
      expect(ids.isId(value)).toBe(false);
    }
  });
});

describe("randomCode", () => {
  it("has the requested length and uses only the look-alike-free alphabet", () => {
    for (const length of [1, 6, 8, 32]) {
      const code = ids.randomCode(length);
      expect(code).toHaveLength(length);
      expect([...code].every((c) => ids.CODE_ALPHABET.includes(c))).toBe(true);
    }
  });

  it("the alphabet is URL-safe and has no 0/O/o, 1/l/I/i look-alikes", () => {
    expect(ids.CODE_ALPHABET).toMatch(/^[A-Za-z0-9]+$/);
    for (const c of "0Oo1lIi") expect(ids.CODE_ALPHABET).not.toContain(c);
    expect(new Set(ids.CODE_ALPHABET).size).toBe(ids.CODE_ALPHABET.length);
  });

  it("codes are unpredictable: 10 000 eight-character codes do not repeat", () => {
    const codes = new Set(Array.from({ length: 10_000 }, () => ids.randomCode(8)));
    expect(codes.size).toBe(10_000);
  });

  it("bytes above the last full alphabet cycle are discarded, so there is no modulo bias", () => {
    // A byte source that yields only 255 (always rejected) then 0..: rejection must skip the 255s.
    let calls = 0;
    vi.spyOn(crypto, "getRandomValues").mockImplementation(<T extends ArrayBufferView | null>(array: T): T => {
      if (array instanceof Uint8Array) array.fill(calls++ === 0 ? 255 : 0);
      return array;
    });
    expect(ids.randomCode(4)).toBe(ids.CODE_ALPHABET.charAt(0).repeat(4));
    expect(calls).toBe(2);
  });

  it("covers the whole alphabet over many draws", () => {
    const seen = new Set(Array.from({ length: 8 }, () => ids.randomCode(256)).join(""));
    expect(seen.size).toBe(ids.CODE_ALPHABET.length);
  });

  it("refuses lengths that are not positive integers", () => {
    expect(() => ids.randomCode(0)).toThrow(RangeError);
    expect(() => ids.randomCode(2.5)).toThrow(RangeError);
  });
});
