import "server-only";
import type { NewClick } from "@/db/queries/links";
import { GroupCommit, type NotCommittedReason, type Settled } from "@/lib/group-commit";

export type BatchObserver = (size: number, ms: number, ok: boolean) => void;

export class ClickDroppedError extends Error {}

const dropped = (reason: NotCommittedReason, waitMs?: number) =>
  new ClickDroppedError(
    reason === "full" ? "the click queue is full" : reason === "deadline" ? `the click was not written within ${waitMs} ms` : "the click writer is closed",
  );

/**
 * Group commit for clicks (lib/group-commit.ts). Every redirect waits until its click is stored,
 * but concurrent clicks share one INSERT: while a batch is being written, new clicks queue up and
 * go together in the next one. Under load the number of statements stays near one per round trip,
 * not one per click.
 *
 * A click that is still waiting in the queue when its caller's wait is over is taken out and never
 * written, so "lost" means lost: a click is either stored before its redirect, or not at all. A
 * click already in a batch being written waits for that batch, which the database ends within its
 * statement timeout. The queue is bounded, so a stalled database cannot fill the memory.
 */
export class ClickWriter {
  private readonly engine: GroupCommit<NewClick, undefined>;

  constructor(
    write: (batch: NewClick[]) => Promise<void>,
    options: { maxBatch?: number; maxQueue?: number; observe?: BatchObserver } = {},
  ) {
    this.engine = new GroupCommit(
      async (clicks) => {
        await write(markRepeatsInBatch(clicks));
        return clicks.map(() => WRITTEN);
      },
      { maxBatch: options.maxBatch ?? 500, maxQueue: options.maxQueue ?? 10_000, observe: options.observe, notCommitted: dropped },
    );
  }

  /** Resolves once the click is committed; rejects if it was dropped or its batch failed. */
  record(click: NewClick, waitMs = Number.POSITIVE_INFINITY): Promise<void> {
    return this.engine.submit(click, waitMs);
  }

  get pending(): number {
    return this.engine.pending;
  }

  /** Refuses new clicks; resolves once the queued ones are written. */
  close(): Promise<void> {
    return this.engine.close();
  }
}

const WRITTEN: Settled<undefined> = { ok: true, value: undefined };

/**
 * Only the first click of a visitor on a link can be unique; the database checks earlier batches,
 * this checks the clicks that travel in the same statement.
 */
export function markRepeatsInBatch(clicks: NewClick[]): NewClick[] {
  const seen = new Set<string>();
  return clicks.map((click) => {
    const key = `${click.linkId}\u0000${click.visitorId}`;
    if (seen.has(key)) return { ...click, uniqueCandidate: false };
    seen.add(key);
    return click;
  });
}
