import { describe, expect, it } from "vitest";
import { ADDRESS_FREE_FAILURES, describeWait, signInThrottle } from "@/lib/auth/throttle";

const T = new Date("2026-11-22T10:00:00Z");
const ago = (seconds: number) => new Date(T.getTime() - seconds * 1000);

describe("sign-in throttle", () => {
  it("lets the first four failures retry at once", () => {
    expect(signInThrottle([ago(4), ago(3), ago(2), ago(1)], T)).toEqual({ allowed: true });
  });

  it("makes the fifth failure wait 30 seconds from the last one", () => {
    expect(signInThrottle([ago(5), ago(4), ago(3), ago(2), ago(1)], T)).toEqual({ allowed: false, retryAfterSeconds: 29 });
  });

  it("doubles the wait with every further failure", () => {
    const six = [6, 5, 4, 3, 2, 0].map(ago);
    expect(signInThrottle(six, T)).toEqual({ allowed: false, retryAfterSeconds: 60 });
  });

  it("never waits longer than the 15-minute window", () => {
    const many = Array.from({ length: 20 }, (_, i) => ago(20 - i));
    const decision = signInThrottle(many, T);
    expect(decision.allowed).toBe(false);
    expect(!decision.allowed && decision.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
  });

  it("forgets failures older than 15 minutes", () => {
    expect(signInThrottle([ago(1000), ago(999), ago(998), ago(997), ago(996)], T)).toEqual({ allowed: true });
  });

  it("lets one address fail twenty times across e-mails before its tries wait on the same schedule", () => {
    const failures = (n: number) => Array.from({ length: n }, (_, i) => ago(n - i));
    expect(signInThrottle(failures(20), T, ADDRESS_FREE_FAILURES)).toEqual({ allowed: true });
    expect(signInThrottle(failures(21), T, ADDRESS_FREE_FAILURES)).toEqual({ allowed: false, retryAfterSeconds: 29 });
    expect(signInThrottle(failures(22), T, ADDRESS_FREE_FAILURES)).toEqual({ allowed: false, retryAfterSeconds: 59 });
  });

  it("describes the wait in words", () => {
    expect(describeWait(1)).toBe("1 second");
    expect(describeWait(45)).toBe("45 seconds");
    expect(describeWait(61)).toBe("2 minutes");
  });
});
