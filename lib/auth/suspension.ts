import "server-only";
import type { Database } from "@/db/client";
import { recordAudit } from "@/db/queries/audit";
import { endUserSessions, findSessionFacts, setUserSuspension } from "@/db/queries/users";
import { NotFoundError, UserFacingError } from "@/lib/errors";

type SuspensionParams = { userId: string; adminId: string; reason: string; at: Date };

/**
 * An admin suspends a user (fraud, abuse): from this moment no session of theirs is accepted and
 * they cannot sign in, on every app process, until reinstated. Audited with the reason.
 */
export async function suspendUser(db: Database, params: SuspensionParams): Promise<void> {
  const reason = requireReason(params.reason);
  if (params.userId === params.adminId) throw new UserFacingError("You cannot suspend your own account.");
  await db.transaction(async (tx) => {
    await requireAdmin(tx, params.adminId);
    if (!(await setUserSuspension(tx, { userId: params.userId, suspendedAt: params.at }))) throw new NotFoundError("The user");
    await endUserSessions(tx, params.userId);
    await recordAudit(tx, { actorUserId: params.adminId, action: "user:suspend", subjectId: params.userId, detail: reason, at: params.at });
  });
}

/**
 * Lifts a suspension: the user may sign in again. Sessions from before the suspension stay ended
 * (their version was raised), so a stolen cookie does not come back to life.
 */
export async function reinstateUser(db: Database, params: SuspensionParams): Promise<void> {
  const reason = requireReason(params.reason);
  await db.transaction(async (tx) => {
    await requireAdmin(tx, params.adminId);
    if (!(await setUserSuspension(tx, { userId: params.userId, suspendedAt: null }))) throw new NotFoundError("The user");
    await recordAudit(tx, { actorUserId: params.adminId, action: "user:reinstate", subjectId: params.userId, detail: reason, at: params.at });
  });
}

function requireReason(reason: string): string {
  const trimmed = reason.trim();
  if (!trimmed) throw new UserFacingError("Give a reason.", "reason");
  return trimmed;
}

/** The acting admin as the database has them now: a suspended admin or a former admin may not act. */
async function requireAdmin(db: Database, adminId: string) {
  const admin = await findSessionFacts(db, adminId);
  if (admin?.role !== "admin" || admin.suspendedAt) throw new UserFacingError("Only an admin can do this.");
}
