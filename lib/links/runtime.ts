import { getDb } from "@/db";
import { findLinkForRedirect, insertClicks, type RedirectLink } from "@/db/queries/links";
import { ClickWriter } from "./click-writer";
import type { FollowDeps } from "./follow";
import { LinkCache } from "./link-cache";
import { redirectMetrics } from "./metrics";

type Runtime = { cache: LinkCache<RedirectLink | null>; writer: ClickWriter; deps: FollowDeps };

const globalForLinks = globalThis as unknown as { __portalLinks?: Runtime };

/** The redirect's per-process state: one link cache and one click writer. */
export function linkRuntime(): Runtime {
  if (!globalForLinks.__portalLinks) {
    const cache = new LinkCache<RedirectLink | null>();
    const writer = new ClickWriter(
      async (batch) => insertClicks(await getDb(), batch),
      500,
      (size, ms, ok) => {
        redirectMetrics.batches++;
        redirectMetrics.batchedClicks += size;
        redirectMetrics.batchMsTotal += ms;
        if (!ok) redirectMetrics.batchFailures++;
      },
    );
    globalForLinks.__portalLinks = {
      cache,
      writer,
      deps: {
        lookup: (code) => cache.get(code, async () => (await findLinkForRedirect(await getDb(), code)) ?? null),
        record: (click) => writer.record(click),
        log: (message, detail) => console.error(`[redirect] ${message}`, JSON.stringify(detail)),
      },
    };
  }
  return globalForLinks.__portalLinks;
}
