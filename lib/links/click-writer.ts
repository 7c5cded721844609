import type { NewClick } from "@/db/queries/links";

type Pending = { click: NewClick; resolve: () => void; reject: (error: unknown) => void; timer?: NodeJS.Timeout };

export type BatchObserver = (size: number, ms: number, ok: boolean) => void;

export class ClickDroppedError extends Error {}

/**
 * Group commit for clicks. Every redirect waits until its click is stored, but concurrent clicks
 * share one INSERT: while a batch is being written, new clicks queue up and go together in the
 * next one. Under load the number of statements stays near one per round trip, not one per click.
 *
 * A click that is still waiting in the queue when its caller's wait is over is taken out and never
 * written, so "lost" means lost: a click is either stored before its redirect, or not at all. A
 * click already in a batch being written waits for that batch, which the database ends within its
 * statement timeout. The queue is bounded, so a stalled database cannot fill the memory.
 */
export class ClickWriter {
  private queue: Pending[] = [];
  private draining = false;

  constructor(
    private readonly write: (batch: NewClick[]) => Promise<void>,
    private readonly options: { maxBatch?: number; maxQueue?: number; observe?: BatchObserver } = {},
  ) {}

  /** Resolves once the click is committed; rejects if it was dropped or its batch failed. */
  record(click: NewClick, waitMs = Number.POSITIVE_INFINITY): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.queue.length >= (this.options.maxQueue ?? 10_000)) {
        reject(new ClickDroppedError("the click queue is full"));
        return;
      }
      const pending: Pending = { click, resolve, reject };
      if (Number.isFinite(waitMs)) {
        pending.timer = setTimeout(() => {
          const index = this.queue.indexOf(pending);
          if (index < 0) return; // already being written: its batch settles it
          this.queue.splice(index, 1);
          reject(new ClickDroppedError(`the click was not written within ${waitMs} ms`));
        }, waitMs);
      }
      this.queue.push(pending);
      if (!this.draining) {
        this.draining = true;
        // Wait for the rest of this turn of the event loop, so clicks arriving together share the first batch too.
        setImmediate(() => void this.drain());
      }
    });
  }

  get pending(): number {
    return this.queue.length;
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, this.options.maxBatch ?? 500);
      for (const p of batch) clearTimeout(p.timer);
      const started = performance.now();
      try {
        await this.write(markRepeatsInBatch(batch.map((p) => p.click)));
        this.options.observe?.(batch.length, performance.now() - started, true);
        for (const p of batch) p.resolve();
      } catch (error) {
        this.options.observe?.(batch.length, performance.now() - started, false);
        for (const p of batch) p.reject(error);
      }
    }
    this.draining = false;
  }
}

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
