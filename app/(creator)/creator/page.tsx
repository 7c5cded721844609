import { getTranslations } from "next-intl/server";
import { creatorOverview } from "@/db/queries/dashboard";
import { Alert, Badge } from "@/components/ui/alert";
import { EmptyState, PageHeader, Stat } from "@/components/ui/card";
import { StateBadge } from "@/components/ui/state-badge";
import { Table, Td } from "@/components/ui/table";
import { pageActor } from "@/server/context";
import { getReaderFormat } from "@/server/i18n";
import { addDays } from "@/lib/clock";
import { currentAffiliateThreshold } from "@/lib/creators/threshold";
import { creatorTier } from "@/lib/creators/tier";

export async function generateMetadata() {
  return { title: (await getTranslations("creator.home"))("title") };
}

export default async function CreatorHome() {
  const { db, user, at } = await pageActor("creator");
  const [overview, t, format] = await Promise.all([creatorOverview(db, user.id, addDays(at, -30)), getTranslations("creator.home"), getReaderFormat()]);
  const followers = overview.profile?.followerCount ?? 0;
  const threshold = await currentAffiliateThreshold(db);
  const tier = creatorTier(followers, threshold);
  return (
    <>
      <PageHeader
        title={t("greeting", { name: user.name.split(" ")[0] ?? user.name })}
        description={overview.profile ? t("profile", { handle: overview.profile.handle, followers }) : undefined}
        actions={tier === "affiliate" ? <Badge tone="green">{t("affiliate")}</Badge> : <Badge tone="blue">{t("linkShare")}</Badge>}
      />
      {tier === "link_share" ? (
        <div className="mb-6">
          <Alert tone="info">{t("linkShareInfo", { threshold: format.number(threshold), toGo: format.number(Math.max(threshold - followers, 0)) })}</Alert>
        </div>
      ) : null}
      <div className="grid grid-cols-2 gap-4 lg:grid-cols-4">
        <Stat label={t("links")} value={format.number(overview.linkCount)} />
        <Stat label={t("clicks")} value={format.number(overview.clicks)} hint={t("unique", { count: format.number(overview.uniqueClicks) })} />
        {overview.walletBalance.length === 0 ? (
          <Stat label={t("wallet")} value="—" hint={t("walletEmpty")} />
        ) : (
          overview.walletBalance.map((b) => <Stat key={b.currency} label={t("available", { currency: b.currency })} value={format.money(b.amountMinor, b.currency)} />)
        )}
      </div>
      <h2 className="mb-3 mt-8 text-lg font-semibold">{t("commissions")}</h2>
      {overview.commissionsByState.length === 0 ? (
        <EmptyState title={t("noCommissions")}>{t("noCommissionsText")}</EmptyState>
      ) : (
        <Table head={[t("state"), t("currency"), t("orders"), t("amount")]}>
          {overview.commissionsByState.map((row) => (
            <tr key={`${row.state}-${row.currency}`}>
              <Td>
                <StateBadge state={row.state} />
              </Td>
              <Td label={t("currency")}>{row.currency}</Td>
              <Td label={t("orders")}>{format.number(row.n)}</Td>
              <Td label={t("amount")} className="tabular-nums sm:text-right">
                {format.money(row.amountMinor, row.currency)}
              </Td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
