import "server-only";
import type { Database } from "@/db/client";
import { applyDueRateChanges } from "@/db/queries/products";
import { runSettlement, type SettlementResult } from "@/lib/commissions/settle";
import { noticeExpiringLinks } from "@/lib/links/expiry-notices";
import { deliverNotificationEmails, type EmailDeliveryResult } from "@/lib/notifications/deliver-emails";
import { autoWithdraw, type AutoWithdrawResult } from "@/lib/wallet/auto-withdraw";

/**
 * What the server runs every minute, in this order: settlement (orders past their return window
 * complete, commissions past their holding period become available), then the automatic
 * withdrawals (which act only on a Wednesday), so money released today is paid out today; then the
 * notices of links that stop earning within 7 days and the products' rate cuts whose day has come
 * (their current plan follows the history, lib/catalogue/rate-changes.ts); last the notifications'
 * e-mails, so those the others caused go out in the same minute. Each is safe with several processes at once.
 */
export async function runMinuteJobs(
  db: Database,
  at: Date,
): Promise<{ settlement: SettlementResult; payouts: AutoWithdrawResult; linkNotices: { noticed: number } | null; rateCuts: number | null; emails: EmailDeliveryResult }> {
  const settlement = await runSettlement(db, at);
  const payouts = await autoWithdraw(db, at);
  // A notice that fails is tried again next minute; it must not hold up the e-mails.
  const linkNotices = await noticeExpiringLinks(db, at).catch((error: unknown) => {
    console.error("[jobs] link-expiry-notices failed", error);
    return null;
  });
  const rateCuts = await applyDueRateChanges(db, at).catch((error: unknown) => {
    console.error("[jobs] rate-cuts failed", error);
    return null;
  });
  const emails = await deliverNotificationEmails(db, at);
  return { settlement, payouts, linkNotices, rateCuts, emails };
}
