/**
 * `npm run jobs -- <job>`: background jobs run by hand (the server also runs them on a timer).
 *   settle         complete orders past their return window, release commissions past their holding period
 *   auto-withdraw  on Wednesdays (PLATFORM_TIME_ZONE), withdraw the available balance of creators who asked for it
 *   verify-ledger  recompute every wallet from its sources and check each entry; exits 1 if anything is off
 *   link-expiry-notices  tell creators about links that stop earning within 7 days (once per link)
 *   notify-email   send the e-mails of notifications that are due (in each recipient's language)
 *   verify-domains re-check shops' pending domains (not checked in the last 10 minutes) for their token
 */
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { runSettlement } from "@/lib/commissions/settle";
import { now } from "@/lib/clock";
import { verifyPendingDomains } from "@/lib/domains/shop-domains";
import { noticeExpiringLinks } from "@/lib/links/expiry-notices";
import { deliverNotificationEmails } from "@/lib/notifications/deliver-emails";
import { autoWithdraw } from "@/lib/wallet/auto-withdraw";
import { verifyLedger } from "@/lib/wallet/verify-ledger";

const JOBS = { settle: runSettlement, "auto-withdraw": autoWithdraw, "verify-ledger": verifyLedger, "verify-domains": (db: Parameters<typeof runSettlement>[0], at: Date) => verifyPendingDomains(db, at), "link-expiry-notices": (db: Parameters<typeof runSettlement>[0], at: Date) => noticeExpiringLinks(db, at), "notify-email": (db: Parameters<typeof runSettlement>[0], at: Date) => deliverNotificationEmails(db, at) } as const;
const name = process.argv[2] as keyof typeof JOBS | undefined;
if (!name || !(name in JOBS)) {
  console.error(`Usage: npm run jobs -- <${Object.keys(JOBS).join("|")}>`);
  process.exit(2);
}

const handle = await openDatabase({ url: process.env.DATABASE_URL || undefined });
try {
  await migrateDatabase(handle);
  const started = performance.now();
  const result = await JOBS[name](handle.db, now());
  console.log(`${name}: ${JSON.stringify(result)} in ${Math.round(performance.now() - started)} ms`);
  if ("problems" in result && result.problems.length > 0) {
    for (const p of result.problems) console.error(`  ${p.check}: creator ${p.creatorId} ${p.currency}: ${p.detail}`);
    process.exitCode = 1;
  }
} finally {
  await handle.close();
}
