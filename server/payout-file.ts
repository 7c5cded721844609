import "server-only";
import type { Database } from "@/db/client";
import { processingWithdrawalsForPayoutFile } from "@/db/queries/payouts";
import type { AdminActor, SessionUser } from "@/lib/actor";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import { payoutFileCsv, payoutFileName } from "@/lib/wallet/payout-file";
import { csvAnswer } from "./answers";
import { sessionRoute, type ActorResolver, type SessionRouteOptions } from "./session-route";

/** GET /admin/payouts/payout-file.csv: admins only (401 JSON without a session, 403 for another role), never cached. */
export const PAYOUT_FILE_ROUTE = { role: "admin", refusals: { forbidden: "Only admins can download the payout file." } } satisfies SessionRouteOptions<"admin">;

/** The payout file of every processing withdrawal (lib/wallet/payout-file.ts builds it), named after the request's day. */
export async function payoutFileAnswer({ actor }: { actor: AdminActor }): Promise<Response> {
  const rows = await processingWithdrawalsForPayoutFile(actor.db);
  return csvAnswer(payoutFileCsv(rows), payoutFileName(actor.at));
}

/**
 * The route's answer for a given session (or none), at `at`: the same wrapper and handler as the
 * route, with the session passed in rather than read from the request, so it can be tested without
 * a signed-in request. The database is opened only once the session is an admin's.
 */
export function payoutFileResponse(user: SessionUser | null, at: Date, database: () => Promise<Database>): Promise<Response> {
  const resolveActor = (async () => {
    if (!user) throw new UnauthenticatedError();
    if (user.role !== "admin") throw new ForbiddenError();
    return { db: await database(), user, at } as AdminActor;
  }) as ActorResolver;
  return sessionRoute({ ...PAYOUT_FILE_ROUTE, resolveActor }, payoutFileAnswer)(new Request("http://localhost/admin/payouts/payout-file.csv"));
}
