import "server-only";
import type { Database } from "@/db/client";
import { runSettlement, type SettlementResult } from "@/lib/commissions/settle";
import { deliverNotificationEmails, type EmailDeliveryResult } from "@/lib/notifications/deliver-emails";
import { autoWithdraw, type AutoWithdrawResult } from "@/lib/wallet/auto-withdraw";

/**
 * What the server runs every minute, in this order: settlement (orders past their return window
 * complete, commissions past their holding period become available), then the automatic
 * withdrawals (which act only on a Wednesday), so money released today is paid out today; last the
 * notifications' e-mails, so those the first two caused go out in the same minute. Each is safe
 * with several processes at once.
 */
export async function runMinuteJobs(db: Database, at: Date): Promise<{ settlement: SettlementResult; payouts: AutoWithdrawResult; emails: EmailDeliveryResult }> {
  const settlement = await runSettlement(db, at);
  const payouts = await autoWithdraw(db, at);
  const emails = await deliverNotificationEmails(db, at);
  return { settlement, payouts, emails };
}
