import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { creatorCommissionEvents } from "@/db/queries/creator-commissions";
import { CommissionHistory } from "@/components/commissions/commission-history";
import { ExpectedAvailabilityText } from "@/components/commissions/expected-availability";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { StateBadge } from "@/components/ui/state-badge";
import { pageActor } from "@/server/context";
import { formatRate } from "@/lib/catalogue/rates";
import { findCreatorCommission } from "@/lib/commissions/availability";
import { formatReward } from "@/lib/plans/rewards";
import { isId } from "@/lib/ids";
import { formatMoney } from "@/lib/money";
import { formatUtcDateTime } from "@/lib/plans/dates";
import { CHANNEL_LABELS } from "@/lib/sharing/channels";

export const metadata: Metadata = { title: "Commission history" };

const PLAN_LABELS = { open: "Open plan", targeted: "Targeted plan", campaign: "Campaign" } as const;
const LINK_LABELS = { product: "Product link", showcase: "Showcase link", campaign: "Campaign link" } as const;

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-0.5 py-2 sm:flex-row sm:justify-between sm:gap-4">
      <dt className="text-sm text-slate-500">{label}</dt>
      <dd className="text-sm text-slate-900 sm:text-right">{children}</dd>
    </div>
  );
}

export default async function CommissionPage({ params }: { params: Promise<{ id: string }> }) {
  const { db, user } = await pageActor("creator");
  const { id } = await params;
  // Another creator's commission is not found, exactly like one that does not exist.
  const commission = isId(id, "com") ? await findCreatorCommission(db, { creatorId: user.id, commissionId: id }) : undefined;
  if (!commission) notFound();
  const events = await creatorCommissionEvents(db, { creatorId: user.id, commissionId: commission.id });
  const c = commission;
  const undone = c.lineRefundedQuantity + c.lineCancelledQuantity;
  const reward = [c.rateBps ? `${formatRate(c.rateBps)} of ${formatMoney(c.baseMinor, c.currency)}` : null, c.flatFeeMinor ? `a flat fee of ${formatMoney(c.flatFeeMinor, c.currency)}` : null]
    .filter(Boolean)
    .join(" plus ");
  return (
    <>
      <PageHeader
        title={c.productTitle}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            <StateBadge state={c.state} />
            <span>
              {c.shopName} · order of {formatUtcDateTime(c.orderPlacedAt)}
            </span>
          </span>
        }
        actions={
          <ButtonLink href="/creator/commissions" variant="secondary">
            All commissions
          </ButtonLink>
        }
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="mb-1 font-semibold">Why this earned</h2>
          <p className="mb-2 text-sm text-slate-600">A buyer reached the product through your link and ordered within 14 days of the click.</p>
          <dl className="divide-y divide-slate-100">
            <Fact label="Link">
              <Link href={`/creator/links/${c.linkId}`} className="font-medium text-brand-700 hover:underline">
                {LINK_LABELS[c.linkType]}
              </Link>{" "}
              on {CHANNEL_LABELS[c.linkChannel]}
              {c.linkSubId ? ` (sub-id ${c.linkSubId})` : ""}
            </Fact>
            <Fact label="Plan">
              {PLAN_LABELS[c.planKind]}
              {c.planName ? ` “${c.planName}”` : ""}
            </Fact>
            <Fact label="Rate">{formatReward(c, c.currency)}</Fact>
            <Fact label="Base (what the buyer paid for the line)">{formatMoney(c.baseMinor, c.currency)}</Fact>
            <Fact label="Earned">{reward}</Fact>
            {undone > 0 ? (
              <Fact label="Refunded or cancelled">
                {undone} of {c.lineQuantity} unit{c.lineQuantity === 1 ? "" : "s"}
              </Fact>
            ) : null}
            <Fact label="Amount now">
              <span className="font-semibold tabular-nums">{formatMoney(c.amountMinor, c.currency)}</span>
            </Fact>
            <Fact label="In your wallet">
              <ExpectedAvailabilityText expected={c.expected} />
            </Fact>
          </dl>
        </Card>
        <Card>
          <h2 className="mb-3 font-semibold">History</h2>
          {events.length ? <CommissionHistory events={events} currency={c.currency} /> : <p className="text-sm text-slate-500">No changes recorded.</p>}
        </Card>
      </div>
    </>
  );
}
