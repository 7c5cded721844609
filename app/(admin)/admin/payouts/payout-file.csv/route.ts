import { getDb } from "@/db";
import { currentUser } from "@/server/session";
import { now } from "@/lib/clock";
import { payoutFileResponse } from "@/lib/wallet/payout-file";

export const dynamic = "force-dynamic";

/**
 * The payout file (CSV) of every processing withdrawal, with the full account details for the bank
 * upload: admins only (401 JSON without a session, 403 for another role), never cached.
 */
export async function GET() {
  return payoutFileResponse(await currentUser(), now(), getDb);
}
