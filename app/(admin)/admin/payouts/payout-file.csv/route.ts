import { PAYOUT_FILE_ROUTE, payoutFileAnswer } from "@/server/payout-file";
import { sessionRoute } from "@/server/session-route";

export const dynamic = "force-dynamic";

/**
 * The payout file (CSV) of every processing withdrawal, with the full account details for the bank
 * upload: admins only (401 JSON without a session, 403 for another role), never cached.
 */
export const GET = sessionRoute(PAYOUT_FILE_ROUTE, payoutFileAnswer);
