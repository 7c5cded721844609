import { describe, expect, it } from "vitest";
import { GroupCommit, NotCommittedError, settle } from "@/lib/group-commit";

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

  it("drops an item still waiting at its deadline, never writes it, and lets an item already in a batch finish", async () => {
    const written: string[] = [];
    let release!: () => void;
    const stalled = new Promise<void>((resolve) => (release = resolve));
    const commit = new GroupCommit<string, string>(async (items) => {
      await stalled;
      written.push(...items);
      return items.map((value) => ({ ok: true, value }));
    });
    const inFlight = commit.submit("in-flight", 20);
    await new Promise((resolve) => setImmediate(resolve));
    const queued = commit.submit("queued", 20);
    expect(commit.pending).toBe(1);
    const error = await queued.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotCommittedError);
    expect((error as NotCommittedError).reason).toBe("deadline");
    expect(commit.pending).toBe(0);
    release();
    expect(await inFlight).toBe("in-flight");
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(written).toEqual(["in-flight"]);
  });

  it("refuses an item at once when the queue is full, and takes items again once it has room", async () => {
    let release!: () => void;
    const stalled = new Promise<void>((resolve) => (release = resolve));
    const commit = new GroupCommit<number, number>(
      async (items) => {
        await stalled;
        return items.map((value) => ({ ok: true, value }));
      },
      { maxQueue: 2, maxBatch: 1 },
    );
    const first = commit.submit(1);
    await new Promise((resolve) => setImmediate(resolve));
    const queued = [commit.submit(2), commit.submit(3)];
    await expect(commit.submit(4)).rejects.toMatchObject({ reason: "full" });
    release();
    expect(await Promise.all([first, ...queued])).toEqual([1, 2, 3]);
    expect(await commit.submit(5)).toBe(5);
  });

  it("uses the caller's error for an item it does not write", async () => {
    const commit = new GroupCommit<number, number>(async () => new Promise(() => {}), {
      maxQueue: 0,
      notCommitted: (reason) => new RangeError(`refused: ${reason}`),
    });
    await expect(commit.submit(1)).rejects.toThrow(RangeError);
  });

  it("reports each batch's size and outcome to its observer", async () => {
    const seen: [number, boolean][] = [];
    let fail = false;
    const commit = new GroupCommit<number, number>(
      async (items) => {
        if (fail) throw new Error("down");
        return items.map((value) => ({ ok: true, value }));
      },
      { observe: (size, ms, ok) => void seen.push([size, ok && ms >= 0]) },
    );
    await Promise.all([commit.submit(1), commit.submit(2)]);
    fail = true;
    await commit.submit(3).catch(() => undefined);
    expect(seen).toEqual([
      [2, true],
      [1, false],
    ]);
  });

  it("on close writes every queued item, then refuses new ones", async () => {
    const written: number[] = [];
    const commit = new GroupCommit<number, number>(
      async (items) => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        written.push(...items);
        return items.map((value) => ({ ok: true, value }));
      },
      { maxBatch: 2 },
    );
    const answers = [1, 2, 3, 4, 5].map((n) => commit.submit(n));
    await commit.close();
    expect(written).toEqual([1, 2, 3, 4, 5]);
    expect(await Promise.all(answers)).toEqual([1, 2, 3, 4, 5]);
    await expect(commit.submit(6)).rejects.toMatchObject({ reason: "closed" });
    await commit.close(); // closing again, with nothing left, resolves at once
  });

  it("settle keeps a value or an error", async () => {
    expect(await settle(async () => 1)).toEqual({ ok: true, value: 1 });
    expect(await settle(async () => Promise.reject(new Error("no")))).toMatchObject({ ok: false });
  });
});
