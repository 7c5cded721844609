/** One item's result from a batch: its value, or the error that belongs to it alone. */
export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

type Pending<I, O> = { item: I; resolve: (value: O) => void; reject: (error: unknown) => void };

/**
 * Group commit: callers submit one item each and wait for its own result, while the items that
 * arrive together share one transaction. While a batch is being written the next items queue up
 * and go together in the following one, so under load the number of transactions (and their
 * statements and commit flushes) stays near one per round trip, not one per item; with no load a
 * batch holds one item and costs one turn of the event loop.
 *
 * `run` answers every item of its batch, in order; if it throws, the whole batch fails with it.
 */
export class GroupCommit<I, O> {
  private queue: Pending<I, O>[] = [];
  private drains = 0;
  private scheduled = false;

  /** `inFlight`: batches written at the same time (each on its own connection), so the process never sits idle waiting for one. */
  constructor(
    private readonly run: (items: I[]) => Promise<Settled<O>[]>,
    private readonly options: { maxBatch?: number; inFlight?: number } = {},
  ) {}

  submit(item: I): Promise<O> {
    return new Promise((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      if (this.scheduled || this.drains >= (this.options.inFlight ?? 1)) return;
      this.scheduled = true;
      // Wait for the rest of this turn of the event loop, so items arriving together share the first batch too.
      setImmediate(() => {
        this.scheduled = false;
        void this.drain();
      });
    });
  }

  private async drain(): Promise<void> {
    this.drains++;
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, this.options.maxBatch ?? 64);
      try {
        const results = await this.run(batch.map((p) => p.item));
        batch.forEach((p, i) => {
          const result = results[i];
          if (!result) p.reject(new Error("group commit: no result for an item"));
          else if (result.ok) p.resolve(result.value);
          else p.reject(result.error);
        });
      } catch (error) {
        for (const p of batch) p.reject(error);
      }
    }
    this.drains--;
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
