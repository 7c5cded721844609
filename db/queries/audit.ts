import "server-only";
import { desc, like } from "drizzle-orm";
import { newId } from "@/lib/ids";
import type { Database } from "../client";
import { auditLog } from "../schema";

/** Appends an admin action to the audit log (in the caller's transaction, so it is kept exactly when the action is). */
export async function recordAudit(db: Database, entry: { actorUserId: string; action: string; subjectId?: string | null; detail?: string | null; at: Date }) {
  await db.insert(auditLog).values({ id: newId("aud"), actorUserId: entry.actorUserId, action: entry.action, subjectId: entry.subjectId ?? null, detail: entry.detail ?? null, createdAt: entry.at });
}

/** The latest audit entries whose action starts with `prefix` (e.g. "payout:"). */
export async function recentAudit(db: Database, prefix: string, limit = 20) {
  return db.select().from(auditLog).where(like(auditLog.action, `${prefix}%`)).orderBy(desc(auditLog.createdAt), desc(auditLog.id)).limit(limit);
}
