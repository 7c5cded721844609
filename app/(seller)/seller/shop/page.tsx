import type { Metadata } from "next";
import { mediaUrl } from "@/lib/media/url";
import { listShopDomains } from "@/db/queries/shop-domains";
import { shopHasOrders } from "@/db/queries/shops";
import { ShopDomains } from "@/components/seller/shop-domains";
import { ShopForm } from "@/components/seller/shop-form";
import { Alert } from "@/components/ui/alert";
import { Card, PageHeader } from "@/components/ui/card";
import { pageActor } from "@/server/context";
import { ratePercentInput } from "@/lib/catalogue/rates";
import { SUPPORTED_CURRENCIES } from "@/lib/money";
import { formatUtcDateTime } from "@/lib/plans/dates";
import { COUNTRIES } from "@/lib/validation/catalogue";
import { readSearchParams, type PageSearchParams } from "@/lib/validation/search-params";

export const metadata: Metadata = { title: "Shop profile" };

export default async function ShopPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const { db, shop } = await pageActor("new-seller");
  const { setup } = readSearchParams(await searchParams, ["setup"]);
  const [locked, domains] = shop ? await Promise.all([shopHasOrders(db, shop.id), listShopDomains(db, shop.id)]) : [false, []];
  const when = (date: Date | null) => (date ? formatUtcDateTime(date) : null);
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
          askDomains={!shop}
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
      {shop ? (
        <Card className="mt-6 max-w-3xl">
          <h2 className="text-lg font-semibold">Web domains</h2>
          <p className="mt-1 mb-4 text-sm text-slate-600">
            Products sold on your own site may send buyers only to domains you have verified (https). Until a domain is verified, creators’ links to such
            products open the product’s page here.
          </p>
          <ShopDomains
            domains={domains.map((d) => ({
              id: d.id,
              domain: d.domain,
              token: d.token,
              state: d.state,
              verified: d.verifiedAt ? `${when(d.verifiedAt)}${d.verifiedBy === "admin" ? " by the platform" : d.verifiedBy === "dns" ? " by DNS" : " by file"}` : null,
              checked: when(d.checkedAt),
              lastError: d.lastError,
              revoked: when(d.revokedAt),
              revokedReason: d.revokedReason,
            }))}
          />
        </Card>
      ) : null}
    </>
  );
}
