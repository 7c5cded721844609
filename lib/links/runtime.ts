import "server-only";
import { getDb } from "@/db";
import { findLinkForRedirect, insertClicks, type RedirectLink } from "@/db/queries/links";
import { ClickWriter } from "./click-writer";
import type { FollowDeps } from "./follow";
import { LinkCache } from "./link-cache";
import { redirectMetrics } from "./metrics";

/**
 * How long a buyer waits for the database on the redirect: past it the lookup fails (503 or a
 * stale answer) and a click still queued is dropped and counted as lost. A click already being
 * written waits for its INSERT, which the database ends within the same time.
 */
export const DATABASE_WAIT_MS = 2_000;

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

type Runtime = { cache: LinkCache<RedirectLink | null>; writer: ClickWriter; deps: FollowDeps };

const globalForLinks = globalThis as unknown as { __portalLinks?: Runtime };

/** The redirect's per-process state: one link cache and one click writer. */
export function linkRuntime(): Runtime {
  if (!globalForLinks.__portalLinks) {
    const cache = new LinkCache<RedirectLink | null>();
    const writer = new ClickWriter(async (batch) => insertClicks(await getDb(), batch, { statementTimeoutMs: DATABASE_WAIT_MS }), {
      observe: (size, ms, ok) => {
        redirectMetrics.batches++;
        redirectMetrics.batchedClicks += size;
        redirectMetrics.batchMsTotal += ms;
        if (!ok) redirectMetrics.batchFailures++;
      },
    });
    globalForLinks.__portalLinks = {
      cache,
      writer,
      deps: {
        lookup: (code) => cache.get(code, () => withTimeout(getDb().then((db) => findLinkForRedirect(db, code)), DATABASE_WAIT_MS, "link lookup").then((link) => link ?? null)),
        // Not a race with a timer: the writer drops a click still queued at the deadline, so a click
        // counted as lost is never stored later.
        record: (click) => writer.record(click, DATABASE_WAIT_MS),
        log: (message, detail) => console.error(`[redirect] ${message}`, JSON.stringify(detail)),
      },
    };
  }
  return globalForLinks.__portalLinks;
}
