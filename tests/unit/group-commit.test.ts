import { describe, expect, it } from "vitest";
import { GroupCommit, settle } from "@/lib/group-commit";

describe("GroupCommit", () => {
  it("puts items submitted together in one batch and answers each caller with its own result", async () => {
    const batches: number[][] = [];
    const commit = new GroupCommit<number, number>(async (items) => {
      batches.push(items);
      return items.map((n) => (n < 0 ? { ok: false, error: new Error(`negative ${n}`) } : { ok: true, value: n * 2 }));
    });
    const results = await Promise.allSettled([1, -2, 3].map((n) => commit.submit(n)));
    expect(batches).toEqual([[1, -2, 3]]);
    expect(results.map((r) => (r.status === "fulfilled" ? r.value : (r.reason as Error).message))).toEqual([2, "negative -2", 6]);
  });

  it("queues what arrives while a batch is being written for the next one, up to the batch size", async () => {
    const batches: number[][] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const commit = new GroupCommit<number, number>(async (items) => {
      batches.push(items);
      if (batches.length === 1) await gate;
      return items.map((value) => ({ ok: true, value }));
    }, { maxBatch: 2 });
    const first = commit.submit(1);
    await new Promise((resolve) => setImmediate(resolve));
    const rest = [2, 3, 4].map((n) => commit.submit(n));
    release();
    expect(await Promise.all([first, ...rest])).toEqual([1, 2, 3, 4]);
    expect(batches).toEqual([[1], [2, 3], [4]]);
  });

  it("writes up to inFlight batches at the same time", async () => {
    const running: number[][] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const commit = new GroupCommit<number, number>(
      async (items) => {
        running.push(items);
        await gate;
        return items.map((value) => ({ ok: true, value }));
      },
      { inFlight: 2 },
    );
    const first = commit.submit(1);
    await new Promise((resolve) => setImmediate(resolve));
    const second = commit.submit(2);
    await new Promise((resolve) => setImmediate(resolve));
    const third = commit.submit(3);
    await new Promise((resolve) => setImmediate(resolve));
    expect(running).toEqual([[1], [2]]);
    release();
    expect(await Promise.all([first, second, third])).toEqual([1, 2, 3]);
    expect(running).toEqual([[1], [2], [3]]);
  });

  it("fails every item of a batch whose run throws, and goes on with the next batch", async () => {
    let calls = 0;
    const commit = new GroupCommit<string, string>(async (items) => {
      calls++;
      if (calls === 1) throw new Error("database gone");
      return items.map((value) => ({ ok: true, value }));
    });
    const failed = await Promise.allSettled([commit.submit("a"), commit.submit("b")]);
    expect(failed.map((r) => r.status)).toEqual(["rejected", "rejected"]);
    expect(await commit.submit("c")).toBe("c");
  });

  it("settle keeps a value or an error", async () => {
    expect(await settle(async () => 1)).toEqual({ ok: true, value: 1 });
    expect(await settle(async () => Promise.reject(new Error("no")))).toMatchObject({ ok: false });
  });
});
