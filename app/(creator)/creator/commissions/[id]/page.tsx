import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { creatorCommissionEvents } from "@/db/queries/creator-commissions";
import { CommissionHistory } from "@/components/commissions/commission-history";
import { ExpectedAvailabilityText } from "@/components/commissions/expected-availability";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { StateBadge } from "@/components/ui/state-badge";
import { pageActor } from "@/server/context";
import { getReaderFormat, storedTextTranslator } from "@/server/i18n";
import { findCreatorCommission } from "@/lib/commissions/availability";
import { isId } from "@/lib/ids";
import { rewardText } from "../../reward-text";

export async function generateMetadata() {
  return { title: (await getTranslations("creator.commission"))("title") };
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-0.5 py-2 sm:flex-row sm:justify-between sm:gap-4">
      <dt className="text-sm text-slate-500">{label}</dt>
      <dd className="min-w-0 break-words text-sm text-slate-900 sm:text-right">{children}</dd>
    </div>
  );
}

export default async function CommissionPage({ params }: { params: Promise<{ id: string }> }) {
  const { db, user } = await pageActor("creator");
  const { id } = await params;
  // Another creator's commission is not found, exactly like one that does not exist.
  const commission = isId(id, "com") ? await findCreatorCommission(db, { creatorId: user.id, commissionId: id }) : undefined;
  if (!commission) notFound();
  const [storedEvents, t, channels, format, translateStored] = await Promise.all([
    creatorCommissionEvents(db, { creatorId: user.id, commissionId: commission.id }),
    getTranslations("creator.commission"),
    getTranslations("creator.channels"),
    getReaderFormat(),
    storedTextTranslator(),
  ]);
  const c = commission;
  const events = storedEvents.map((event) => ({ ...event, reason: translateStored(event.reason, c.currency) }));
  const undone = c.lineRefundedQuantity + c.lineCancelledQuantity;
  const rate = c.rateBps ? format.percent(c.rateBps) : null;
  const base = format.money(c.baseMinor, c.currency);
  const fee = c.flatFeeMinor ? format.money(c.flatFeeMinor, c.currency) : null;
  const earned = rate && fee ? t("earnedBoth", { rate, base, fee }) : rate ? t("earnedRate", { rate, base }) : fee ? t("earnedFee", { fee }) : "—";
  const planKind = t(`planKinds.${c.planKind}`);
  const linkTag = {
    link: (chunks: ReactNode) => (
      <Link href={`/creator/links/${c.linkId}`} className="font-medium text-brand-700 hover:underline">
        {chunks}
      </Link>
    ),
  };
  const linkValues = { type: t(`linkTypes.${c.linkType}`), channel: channels(c.linkChannel) };
  return (
    <>
      <PageHeader
        title={c.productTitle}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            <StateBadge state={c.state} />
            <span>{t("orderOf", { shop: c.shopName, date: format.moment(c.orderPlacedAt) })}</span>
          </span>
        }
        actions={
          <ButtonLink href="/creator/commissions" variant="secondary">
            {t("allCommissions")}
          </ButtonLink>
        }
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="mb-1 font-semibold">{t("why")}</h2>
          <p className="mb-2 text-sm text-slate-600">{t("whyText")}</p>
          <dl className="divide-y divide-slate-100">
            <Fact label={t("link")}>
              {c.linkSubId ? t.rich("linkOnSub", { ...linkValues, subId: c.linkSubId, ...linkTag }) : t.rich("linkOn", { ...linkValues, ...linkTag })}
            </Fact>
            <Fact label={t("plan")}>{c.planName ? t("planNamed", { kind: planKind, name: c.planName }) : planKind}</Fact>
            <Fact label={t("rate")}>{rewardText(c, c.currency, format)}</Fact>
            <Fact label={t("base")}>{base}</Fact>
            <Fact label={t("earned")}>{earned}</Fact>
            {undone > 0 ? <Fact label={t("undone")}>{t("undoneValue", { count: format.number(undone), total: c.lineQuantity })}</Fact> : null}
            <Fact label={t("amountNow")}>
              <span className="font-semibold tabular-nums">{format.money(c.amountMinor, c.currency)}</span>
            </Fact>
            <Fact label={t("inWallet")}>
              <ExpectedAvailabilityText expected={c.expected} />
            </Fact>
          </dl>
        </Card>
        <Card>
          <h2 className="mb-3 font-semibold">{t("history")}</h2>
          {events.length ? <CommissionHistory events={events} currency={c.currency} /> : <p className="text-sm text-slate-500">{t("noChanges")}</p>}
        </Card>
      </div>
    </>
  );
}
