import "server-only";
import type { Database } from "@/db/client";
import { recordAudit } from "@/db/queries/audit";
import { insertWalletEntry } from "./entries";
import { availableBalance, lockWallet } from "@/db/queries/wallet";
import { UserFacingError } from "@/lib/errors";
import { formatMoney, type CurrencyCode } from "@/lib/money";
import { storedText } from "@/lib/i18n/stored-texts";

/**
 * A manual correction by an admin: one ledger entry with its reason and author, and an audit entry.
 * A negative adjustment cannot take more than the wallet has available.
 */
export async function adjustWallet(db: Database, params: { creatorId: string; currency: CurrencyCode; amountMinor: number; reason: string; adminUserId: string; at: Date }) {
  const reason = params.reason.trim();
  if (!reason) throw new UserFacingError("Give a reason: the creator sees it in their history.", "reason");
  if (!Number.isSafeInteger(params.amountMinor) || params.amountMinor === 0) throw new UserFacingError("Enter an amount other than zero.", "amount");
  await db.transaction(async (tx) => {
    await lockWallet(tx, params.creatorId);
    if (params.amountMinor < 0) {
      const available = await availableBalance(tx, params.creatorId, params.currency);
      if (available + params.amountMinor < 0) throw new UserFacingError(`The wallet has only ${formatMoney(available, params.currency)} available.`, "amount");
    }
    await insertWalletEntry(tx, { creatorId: params.creatorId, currency: params.currency, amountMinor: params.amountMinor, kind: "adjustment", reason, createdByUserId: params.adminUserId, createdAt: params.at });
    await recordAudit(tx, { actorUserId: params.adminUserId, action: "wallet:adjust", subjectId: params.creatorId, detail: storedText("auditWalletAdjusted", { amount: formatMoney(params.amountMinor, params.currency), reason }), at: params.at });
  });
}
