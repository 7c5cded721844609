import "server-only";

/** One item's result from a batch: its value, or the error that belongs to it alone. */
export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** Why an item was never written: the queue was full, its deadline passed while it waited, or the engine was closed. */
export type NotCommittedReason = "full" | "deadline" | "closed";

/** An item that was refused or taken out of the queue before any batch held it: it is never written. */
export class NotCommittedError extends Error {
  constructor(
    readonly reason: NotCommittedReason,
    message: string,
  ) {
    super(message);
  }
}

export type GroupCommitOptions = {
  /** Items per batch (default 64). */
  maxBatch?: number;
  /** Batches written at the same time (each on its own connection), so the process never sits idle waiting for one (default 1). */
  inFlight?: number;
  /** Items waiting at most (default unbounded): past it `submit` refuses at once, so a stalled database cannot fill the memory. */
  maxQueue?: number;
  /** Called after every batch with its size, how long `run` took and whether it returned (false: it threw). */
  observe?: (size: number, ms: number, ok: boolean) => void;
  /** The error for an item that is not written (default: a NotCommittedError). */
  notCommitted?: (reason: NotCommittedReason, deadlineMs?: number) => Error;
};

type Pending<I, O> = { item: I; resolve: (value: O) => void; reject: (error: unknown) => void; timer?: NodeJS.Timeout };

const defaultNotCommitted = (reason: NotCommittedReason, deadlineMs?: number): Error =>
  new NotCommittedError(
    reason,
    reason === "full" ? "the queue is full" : reason === "deadline" ? `not written within ${deadlineMs} ms` : "the group commit is closed",
  );

/**
 * Group commit: callers submit one item each and wait for its own result, while the items that
 * arrive together share one transaction. While a batch is being written the next items queue up
 * and go together in the following one, so under load the number of transactions (and their
 * statements and commit flushes) stays near one per round trip, not one per item; with no load a
 * batch holds one item and costs one turn of the event loop.
 *
 * `run` answers every item of its batch, in order; if it throws, the whole batch fails with it.
 *
 * An item submitted with a deadline that is still waiting in the queue when the deadline passes
 * is taken out and never written, so a caller told "not written" can trust it; an item already in
 * a batch waits for that batch. `close` refuses new items and resolves once every queued item is written.
 */
export class GroupCommit<I, O> {
  private queue: Pending<I, O>[] = [];
  private drains = 0;
  private scheduled = false;
  private closed = false;
  private idle: (() => void)[] = [];

  constructor(
    private readonly run: (items: I[]) => Promise<Settled<O>[]>,
    private readonly options: GroupCommitOptions = {},
  ) {}

  /** `deadlineMs`: how long the item may wait in the queue before it is dropped (default: no limit). */
  submit(item: I, deadlineMs = Number.POSITIVE_INFINITY): Promise<O> {
    return new Promise((resolve, reject) => {
      const notCommitted = this.options.notCommitted ?? defaultNotCommitted;
      if (this.closed) return reject(notCommitted("closed"));
      if (this.queue.length >= (this.options.maxQueue ?? Number.POSITIVE_INFINITY)) return reject(notCommitted("full"));
      const pending: Pending<I, O> = { item, resolve, reject };
      if (Number.isFinite(deadlineMs)) {
        pending.timer = setTimeout(() => {
          const index = this.queue.indexOf(pending);
          if (index < 0) return; // already being written: its batch settles it
          this.queue.splice(index, 1);
          reject(notCommitted("deadline", deadlineMs));
          this.settleIdle();
        }, deadlineMs);
      }
      this.queue.push(pending);
      if (this.scheduled || this.drains >= (this.options.inFlight ?? 1)) return;
      this.scheduled = true;
      // Wait for the rest of this turn of the event loop, so items arriving together share the first batch too.
      setImmediate(() => {
        this.scheduled = false;
        void this.drain();
      });
    });
  }

  /** Items waiting for a batch (not those being written). */
  get pending(): number {
    return this.queue.length;
  }

  /** Refuses new items; resolves once every item queued before is written (or dropped at its deadline). */
  close(): Promise<void> {
    this.closed = true;
    return new Promise((resolve) => {
      this.idle.push(resolve);
      this.settleIdle();
    });
  }

  private settleIdle(): void {
    if (this.queue.length > 0 || this.drains > 0 || this.scheduled) return;
    for (const resolve of this.idle.splice(0)) resolve();
  }

  private async drain(): Promise<void> {
    this.drains++;
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, this.options.maxBatch ?? 64);
      for (const p of batch) if (p.timer) clearTimeout(p.timer);
      const started = performance.now();
      try {
        const results = await this.run(batch.map((p) => p.item));
        this.options.observe?.(batch.length, performance.now() - started, true);
        batch.forEach((p, i) => {
          const result = results[i];
          if (!result) p.reject(new Error("group commit: no result for an item"));
          else if (result.ok) p.resolve(result.value);
          else p.reject(result.error);
        });
      } catch (error) {
        this.options.observe?.(batch.length, performance.now() - started, false);
        for (const p of batch) p.reject(error);
      }
    }
    this.drains--;
    this.settleIdle();
  }
}

/** Runs `fn` and keeps its outcome as a Settled value. */
export async function settle<T>(fn: () => Promise<T>): Promise<Settled<T>> {
  try {
    return { ok: true, value: await fn() };
  } catch (error) {
    return { ok: false, error };
  }
}
