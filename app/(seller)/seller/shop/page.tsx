import type { Metadata } from "next";
import { getDb } from "@/db";
import { mediaUrl } from "@/db/queries/media";
import { findShopByOwner, shopHasOrders } from "@/db/queries/shops";
import { ShopForm } from "@/components/seller/shop-form";
import { Alert } from "@/components/ui/alert";
import { Card, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { ratePercentInput } from "@/lib/catalogue/rates";
import { SUPPORTED_CURRENCIES } from "@/lib/money";
import { COUNTRIES } from "@/lib/validation/catalogue";

export const metadata: Metadata = { title: "Shop profile" };

export default async function ShopPage({ searchParams }: { searchParams: Promise<{ setup?: string }> }) {
  const user = await requireRole("seller");
  const db = await getDb();
  const [shop, { setup }] = await Promise.all([findShopByOwner(db, user.id), searchParams]);
  const locked = shop ? await shopHasOrders(db, shop.id) : false;
  return (
    <>
      <PageHeader title={shop ? "Shop profile" : "Set up your shop"} description="What buyers and creators see, and the rules your commissions follow." />
      {!shop && setup ? (
        <div className="mb-4">
          <Alert tone="info">Create your shop first: products, plans and campaigns belong to it.</Alert>
        </div>
      ) : null}
      <Card className="max-w-3xl">
        <ShopForm
          currencies={SUPPORTED_CURRENCIES}
          countries={COUNTRIES}
          currencyLocked={locked}
          initial={{
            name: shop?.name ?? "",
            currency: shop?.currency ?? "USD",
            country: shop?.country ?? "US",
            returnWindowDays: String(shop?.returnWindowDays ?? 7),
            holdingDays: String(shop?.holdingDays ?? 15),
            defaultOpenRate: ratePercentInput(shop?.defaultOpenRateBps ?? 500),
            domains: "",
            logoUrl: mediaUrl(shop?.logoMediaId),
          }}
        />
      </Card>
    </>
  );
}
