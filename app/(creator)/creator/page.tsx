import type { Metadata } from "next";
import { creatorOverview } from "@/db/queries/dashboard";
import { Alert, Badge } from "@/components/ui/alert";
import { EmptyState, PageHeader, Stat } from "@/components/ui/card";
import { StateBadge } from "@/components/ui/state-badge";
import { Table, Td } from "@/components/ui/table";
import { pageActor } from "@/server/context";
import { addDays } from "@/lib/clock";
import { affiliateThreshold, creatorTier } from "@/lib/creators/tier";
import { formatMoney } from "@/lib/money";

export const metadata: Metadata = { title: "Creator overview" };

export default async function CreatorHome() {
  const { db, user, at } = await pageActor("creator");
  const overview = await creatorOverview(db, user.id, addDays(at, -30));
  const followers = overview.profile?.followerCount ?? 0;
  const tier = creatorTier(followers);
  const threshold = affiliateThreshold();
  return (
    <>
      <PageHeader
        title={`Hi, ${user.name.split(" ")[0]}`}
        description={overview.profile ? `@${overview.profile.handle} · ${followers.toLocaleString("en")} verified followers` : undefined}
        actions={tier === "affiliate" ? <Badge tone="green">Affiliate creator</Badge> : <Badge tone="blue">Link-share creator</Badge>}
      />
      {tier === "link_share" ? (
        <div className="mb-6">
          <Alert tone="info">
            You can share product and campaign links right away. At {threshold.toLocaleString("en")} verified followers you become an affiliate
            creator and can build a showcase ({Math.max(threshold - followers, 0).toLocaleString("en")} to go).
          </Alert>
        </div>
      ) : null}
      <div className="grid grid-cols-2 gap-4 lg:grid-cols-4">
        <Stat label="Links" value={overview.linkCount} />
        <Stat label="Clicks, last 30 days" value={overview.clicks.toLocaleString("en")} hint={`${overview.uniqueClicks.toLocaleString("en")} unique`} />
        {overview.walletBalance.length === 0 ? (
          <Stat label="Wallet" value="—" hint="Commissions land here once available" />
        ) : (
          overview.walletBalance.map((b) => <Stat key={b.currency} label={`Available (${b.currency})`} value={formatMoney(b.amountMinor, b.currency)} />)
        )}
      </div>
      <h2 className="mb-3 mt-8 text-lg font-semibold">Commissions</h2>
      {overview.commissionsByState.length === 0 ? (
        <EmptyState title="No commissions yet">Share a link: when a buyer orders through it, the commission shows up here as pending.</EmptyState>
      ) : (
        <Table head={["State", "Currency", "Orders", "Amount"]}>
          {overview.commissionsByState.map((row) => (
            <tr key={`${row.state}-${row.currency}`}>
              <Td>
                <StateBadge state={row.state} />
              </Td>
              <Td>{row.currency}</Td>
              <Td>{row.n}</Td>
              <Td className="text-right tabular-nums">{formatMoney(row.amountMinor, row.currency)}</Td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
