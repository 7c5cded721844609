import "server-only";
import type { Database } from "@/db/client";
import { emailPreferences, leaseDueEmails, recordEmailOutcome } from "@/db/queries/notifications";
import { pickTimeZone } from "@/lib/i18n/locales";
import { sendMail } from "@/lib/mail";
import { platformTimeZone } from "@/lib/wallet/settings";
import { configuredOrigin } from "@/lib/sharing/short-link";
import { notificationEmail, recipientLocale } from "./email";

export type EmailDeliveryResult = { sent: number; skipped: number; retrying: number; failed: number };

const BATCH = 50;
const MAX_BATCHES = 20;
const LEASE_MS = 5 * 60_000;
export const MAX_EMAIL_ATTEMPTS = 5;
/** Older news is not mailed (the notification stays in the app): a backlog, or the demo's history, is not a burst of e-mails. */
export const EMAIL_STALE_AFTER_MS = 48 * 60 * 60_000;

/**
 * Sends the e-mails of notifications that are due (the minute jobs): in the recipient's language,
 * unless they turned e-mail off for that kind. The event that caused a notification was committed
 * long before, so a mail server that refuses only delays its e-mail: it is tried again 5, 10, 15…
 * minutes later and given up after 5 attempts (the notification stays in the app); news older
 * than two days is not mailed at all.
 */
export async function deliverNotificationEmails(db: Database, at: Date, options: { smtpUrl?: string } = {}): Promise<EmailDeliveryResult> {
  const result: EmailDeliveryResult = { sent: 0, skipped: 0, retrying: 0, failed: 0 };
  const origin = configuredOrigin();
  // Batch after batch until one is not full; each batch is leased, so another process takes others.
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const due = await leaseDueEmails(db, { at, limit: BATCH, leaseMs: LEASE_MS });
    for (const n of due) await deliverOne(db, n, { at, origin, options, result });
    if (due.length < BATCH) break;
  }
  return result;
}

type DueEmail = Awaited<ReturnType<typeof leaseDueEmails>>[number];

async function deliverOne(db: Database, n: DueEmail, ctx: { at: Date; origin: string | null; options: { smtpUrl?: string }; result: EmailDeliveryResult }) {
  const { at, origin, options, result } = ctx;
  const wanted = (await emailPreferences(db, n.recipientId)).get(n.kind) ?? true;
  if (!wanted || n.recipient.suspendedAt || at.getTime() - n.createdAt.getTime() > EMAIL_STALE_AFTER_MS) {
    await recordEmailOutcome(db, { notificationId: n.id, outcome: "skipped" }, at);
    result.skipped++;
    return;
  }
  try {
    const message = notificationEmail(n.kind, n.params, recipientLocale(n.recipient.locale), origin, pickTimeZone({ profile: n.recipient.timeZone, platform: platformTimeZone() }));
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
