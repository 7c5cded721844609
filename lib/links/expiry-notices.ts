import "server-only";
import type { Database } from "@/db/client";
import { claimExpiringLinks } from "@/db/queries/creator-links";
import { addDays } from "@/lib/clock";
import { notify } from "@/lib/notifications/notify";

/** DOMAIN: the creator is told when a link stops earning within 7 days. */
export const LINK_NOTICE_DAYS = 7;
const BATCH = 200;

/**
 * The minute job `link-expiry-notices`: every link that stops earning within the next 7 days, is
 * not disabled and was not noticed yet is marked noticed and its creator told (`link_expiring`),
 * the marks and the notifications of a batch in one transaction. Running it again, or on two
 * processes at once, tells each creator once per link. The e-mails go out with the others.
 */
export async function noticeExpiringLinks(db: Database, at: Date): Promise<{ noticed: number }> {
  let noticed = 0;
  for (;;) {
    const count = await db.transaction(async (tx) => {
      const due = await claimExpiringLinks(tx, { at, noticeBefore: addDays(at, LINK_NOTICE_DAYS), limit: BATCH });
      for (const link of due) {
        // Facts only: the target's words (the showcase in the reader's language) and the date in the reader's zone are made on display.
        const target = link.type === "showcase" ? "showcase" : (link.productTitle ?? link.campaignName ?? "");
        await notify(tx, { recipientId: link.creatorId, kind: "link_expiring", params: { target, targetType: link.type, earnsUntil: link.earnsUntil.toISOString(), linkId: link.id }, at });
      }
      return due.length;
    });
    noticed += count;
    if (count < BATCH) return { noticed };
  }
}
