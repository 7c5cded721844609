import "server-only";
import { and, count, eq, gte } from "drizzle-orm";
import { newId } from "@/lib/ids";
import type { Database } from "../client";
import { rateLimitEvents } from "../schema";

export async function recordRateLimitEvent(db: Database, params: { action: string; subject: string; at: Date }) {
  await db.insert(rateLimitEvents).values({ id: newId("rle"), ...params });
}

export async function countRateLimitEvents(db: Database, params: { action: string; subject: string; since: Date }): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(rateLimitEvents)
    .where(and(eq(rateLimitEvents.action, params.action), eq(rateLimitEvents.subject, params.subject), gte(rateLimitEvents.at, params.since)));
  return row?.n ?? 0;
}
