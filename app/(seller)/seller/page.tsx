import type { Metadata } from "next";
import { sellerOverview } from "@/db/queries/dashboard";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader, Stat } from "@/components/ui/card";
import { StateBadge } from "@/components/ui/state-badge";
import { Table, Td } from "@/components/ui/table";
import { pageActor } from "@/server/context";
import { addDays } from "@/lib/clock";
import { formatMoney } from "@/lib/money";

export const metadata: Metadata = { title: "Seller overview" };

const OWED = new Set(["pending", "locked", "available"]);

export default async function SellerHome() {
  const { db, user, at } = await pageActor("new-seller");
  const overview = await sellerOverview(db, user.id, addDays(at, -30));
  if (!overview.shop) {
    return (
      <>
        <PageHeader title="Welcome to Linkshare" description="A shop profile comes first: name, currency and country." />
        <EmptyState title="You have no shop yet" action={<ButtonLink href="/seller/shop">Set up your shop</ButtonLink>}>
          Name, currency and country first; then your products and what creators earn on them.
        </EmptyState>
      </>
    );
  }
  const { shop } = overview;
  const sales = overview.ordersByState.filter((o) => !["placed", "cancelled", "refunded"].includes(o.state));
  const gross = sales.reduce((s, o) => s + o.totalMinor, 0);
  const owed = overview.commissionByState.filter((c) => OWED.has(c.state)).reduce((s, c) => s + c.amountMinor, 0);
  return (
    <>
      <PageHeader title={shop.name} description={`${shop.currency} · ${shop.country} · returns within ${shop.returnWindowDays} days`} />
      <div className="grid grid-cols-2 gap-4 lg:grid-cols-4">
        <Stat label="Active products" value={overview.products.n} hint={`${overview.products.open} open to creators`} />
        <Stat label="Creator clicks, 30 days" value={overview.productClicks.toLocaleString("en")} />
        <Stat label="Sales, 30 days" value={formatMoney(gross, shop.currency)} hint={`${sales.reduce((s, o) => s + o.n, 0)} paid orders`} />
        <Stat label="Commission owed" value={formatMoney(owed, shop.currency)} hint="Pending, locked and available" />
      </div>
      <h2 className="mb-3 mt-8 text-lg font-semibold">Orders in the last 30 days</h2>
      {overview.ordersByState.length === 0 ? (
        <EmptyState title="No orders in the last 30 days" />
      ) : (
        <Table head={["State", "Orders", "Total"]}>
          {overview.ordersByState.map((row) => (
            <tr key={row.state}>
              <Td>
                <StateBadge state={row.state} />
              </Td>
              <Td>{row.n}</Td>
              <Td className="tabular-nums">{formatMoney(row.totalMinor, shop.currency)}</Td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
