import "server-only";
import type { Database } from "@/db/client";
import { emailPreferences, leaseDueEmails, recordEmailOutcome } from "@/db/queries/notifications";
import { sendMail } from "@/lib/mail";
import { configuredOrigin } from "@/lib/sharing/short-link";
import { notificationEmail, recipientLocale } from "./email";

export type EmailDeliveryResult = { sent: number; skipped: number; retrying: number; failed: number };

const BATCH = 50;
const LEASE_MS = 5 * 60_000;
export const MAX_EMAIL_ATTEMPTS = 5;

/**
 * Sends the e-mails of notifications that are due (the minute jobs): in the recipient's language,
 * unless they turned e-mail off for that kind. The event that caused a notification was committed
 * long before, so a mail server that refuses only delays its e-mail: it is tried again 5, 10, 15…
 * minutes later and given up after 5 attempts (the notification stays in the app).
 */
export async function deliverNotificationEmails(db: Database, at: Date, options: { smtpUrl?: string } = {}): Promise<EmailDeliveryResult> {
  const result: EmailDeliveryResult = { sent: 0, skipped: 0, retrying: 0, failed: 0 };
  const due = await leaseDueEmails(db, { at, limit: BATCH, leaseMs: LEASE_MS });
  const origin = configuredOrigin();
  for (const n of due) {
    const wanted = (await emailPreferences(db, n.recipientId)).get(n.kind) ?? true;
    if (!wanted || n.recipient.suspendedAt) {
      await recordEmailOutcome(db, { notificationId: n.id, outcome: "skipped" }, at);
      result.skipped++;
      continue;
    }
    try {
      const message = notificationEmail(n.kind, n.params, recipientLocale(n.recipient.locale), origin);
      await sendMail(db, { to: n.recipient.email, ...message }, { at, ...("smtpUrl" in options ? { smtpUrl: options.smtpUrl } : {}) });
      await recordEmailOutcome(db, { notificationId: n.id, outcome: "sent" }, at);
      result.sent++;
    } catch (error) {
      const attempts = n.emailAttempts + 1;
      console.error(`[mail] notification ${n.id} e-mail failed (attempt ${attempts})`, error);
      if (attempts >= MAX_EMAIL_ATTEMPTS) {
        await recordEmailOutcome(db, { notificationId: n.id, outcome: "failed", attempts, retryAt: null }, at);
        result.failed++;
      } else {
        await recordEmailOutcome(db, { notificationId: n.id, outcome: "retry", attempts, retryAt: new Date(at.getTime() + attempts * 5 * 60_000) }, at);
        result.retrying++;
      }
    }
  }
  return result;
}
