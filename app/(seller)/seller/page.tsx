import { getTranslations } from "next-intl/server";
import { sellerOverview } from "@/db/queries/dashboard";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader, Stat } from "@/components/ui/card";
import { StateBadge } from "@/components/ui/state-badge";
import { Table, Td } from "@/components/ui/table";
import { pageActor } from "@/server/context";
import { getReaderFormat } from "@/server/i18n";
import { addDays } from "@/lib/clock";

export async function generateMetadata() {
  return { title: (await getTranslations("seller.home"))("title") };
}

const OWED = new Set(["pending", "locked", "available"]);

export default async function SellerHome() {
  const { db, user, at } = await pageActor("new-seller");
  const [overview, t, format] = await Promise.all([sellerOverview(db, user.id, addDays(at, -30)), getTranslations("seller.home"), getReaderFormat()]);
  if (!overview.shop) {
    return (
      <>
        <PageHeader title={t("welcome")} description={t("welcomeDescription")} />
        <EmptyState title={t("noShop")} action={<ButtonLink href="/seller/shop">{t("setUpShop")}</ButtonLink>}>
          {t("noShopBody")}
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
      <PageHeader title={shop.name} description={t("shopLine", { currency: shop.currency, country: shop.country, days: shop.returnWindowDays })} />
      <div className="grid grid-cols-2 gap-4 lg:grid-cols-4">
        <Stat label={t("activeProducts")} value={format.number(overview.products.n)} hint={t("openToCreators", { count: overview.products.open })} />
        <Stat label={t("clicks")} value={format.number(overview.productClicks)} />
        <Stat label={t("sales")} value={format.money(gross, shop.currency)} hint={t("paidOrders", { count: sales.reduce((s, o) => s + o.n, 0) })} />
        <Stat label={t("commissionOwed")} value={format.money(owed, shop.currency)} hint={t("commissionOwedHint")} />
      </div>
      <h2 className="mb-3 mt-8 text-lg font-semibold">{t("ordersHeading")}</h2>
      {overview.ordersByState.length === 0 ? (
        <EmptyState title={t("noOrders")} />
      ) : (
        <Table head={[t("state"), t("orders"), t("total")]}>
          {overview.ordersByState.map((row) => (
            <tr key={row.state}>
              <Td>
                <StateBadge state={row.state} />
              </Td>
              <Td label={t("orders")}>{format.number(row.n)}</Td>
              <Td label={t("total")} className="tabular-nums">
                {format.money(row.totalMinor, shop.currency)}
              </Td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
