import type { NewClick } from "@/db/queries/links";

type Pending = { click: NewClick; resolve: () => void; reject: (error: unknown) => void };

export type BatchObserver = (size: number, ms: number, ok: boolean) => void;

/**
 * Group commit for clicks. Every redirect waits until its click is stored, but concurrent clicks
 * share one INSERT: while a batch is being written, new clicks queue up and go together in the
 * next one. Under load the number of statements stays near one per round trip, not one per click.
 */
export class ClickWriter {
  private queue: Pending[] = [];
  private draining = false;

  constructor(
    private readonly write: (batch: NewClick[]) => Promise<void>,
    private readonly maxBatch = 500,
    private readonly observe?: BatchObserver,
  ) {}

  /** Resolves once the click is committed; rejects if its batch could not be written. */
  record(click: NewClick): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ click, resolve, reject });
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
      const batch = this.queue.splice(0, this.maxBatch);
      const started = performance.now();
      try {
        await this.write(markRepeatsInBatch(batch.map((p) => p.click)));
        this.observe?.(batch.length, performance.now() - started, true);
        for (const p of batch) p.resolve();
      } catch (error) {
        this.observe?.(batch.length, performance.now() - started, false);
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
