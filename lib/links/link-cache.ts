import "server-only";

/**
 * A per-process cache of short-link lookups. An entry is trusted for FRESH_MS, so a link that is
 * disabled or changed stops redirecting the old way within that time on every process; a stale
 * entry is still served when the database cannot be reached, so buyers keep landing on products
 * during an outage. Unknown codes are cached too, so a flood of random codes cannot flood the
 * database.
 */
export const FRESH_MS = 4_000;

type Entry<T> = { value: T; fetchedAt: number };
export type CacheResult<T> = { value: T; source: "fresh" | "loaded" | "stale" };

export class LinkCache<T> {
  private entries = new Map<string, Entry<T>>();
  private loading = new Map<string, Promise<T>>();

  constructor(
    private readonly maxEntries = 100_000,
    private readonly freshMs = FRESH_MS,
    private readonly clock: () => number = Date.now,
  ) {}

  async get(key: string, load: () => Promise<T>): Promise<CacheResult<T>> {
    const entry = this.entries.get(key);
    if (entry && this.clock() - entry.fetchedAt < this.freshMs) return { value: entry.value, source: "fresh" };
    try {
      return { value: await this.loadOnce(key, load), source: "loaded" };
    } catch (error) {
      if (!entry) throw error;
      // Keep serving the stale answer for another FRESH_MS before trying the database again, so an
      // outage does not make every buyer wait for a failing lookup.
      entry.fetchedAt = this.clock();
      return { value: entry.value, source: "stale" };
    }
  }

  get size(): number {
    return this.entries.size;
  }

  /** Concurrent misses for one code share one query. */
  private loadOnce(key: string, load: () => Promise<T>): Promise<T> {
    let promise = this.loading.get(key);
    if (!promise) {
      // The entry is as old as the query that read it, not as its answer: a lookup that takes 2 s
      // may have read the row before a disable, and must not be trusted for FRESH_MS after it ends.
      const startedAt = this.clock();
      promise = load()
        .then((value) => {
          this.entries.delete(key);
          this.entries.set(key, { value, fetchedAt: startedAt });
          // Maps iterate in insertion order: the first key is the least recently loaded.
          if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
          return value;
        })
        .finally(() => this.loading.delete(key));
      this.loading.set(key, promise);
    }
    return promise;
  }
}
