import { getTranslations } from "next-intl/server";
import { mediaUrl } from "@/lib/media/url";
import { listShopDomains } from "@/db/queries/shop-domains";
import { shopHasOrders } from "@/db/queries/shops";
import { ShopDomains } from "@/components/seller/shop-domains";
import { ShopForm } from "@/components/seller/shop-form";
import { Alert } from "@/components/ui/alert";
import { Card, PageHeader } from "@/components/ui/card";
import { pageActor } from "@/server/context";
import { getReaderFormat } from "@/server/i18n";
import { ratePercentInput } from "@/lib/catalogue/rates";
import { SUPPORTED_CURRENCIES } from "@/lib/money";
import { COUNTRIES } from "@/lib/validation/catalogue";
import { readSearchParams, type PageSearchParams } from "@/lib/validation/search-params";

export async function generateMetadata() {
  return { title: (await getTranslations("seller.shop"))("title") };
}

export default async function ShopPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const { db, shop } = await pageActor("new-seller");
  const { setup } = readSearchParams(await searchParams, ["setup"]);
  const [locked, domains] = shop ? await Promise.all([shopHasOrders(db, shop.id), listShopDomains(db, shop.id)]) : [false, []];
  const [t, format] = await Promise.all([getTranslations("seller.shop"), getReaderFormat()]);
  const when = (date: Date | null) => (date ? format.moment(date) : null);
  return (
    <>
      <PageHeader title={shop ? t("title") : t("setUp")} description={t("description")} />
      {!shop && setup ? (
        <div className="mb-4">
          <Alert tone="info">{t("createFirst")}</Alert>
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
            rateNoticeDays: String(shop?.rateNoticeDays ?? 7),
            defaultOpenRate: ratePercentInput(shop?.defaultOpenRateBps ?? 500),
            domains: "",
            logoUrl: mediaUrl(shop?.logoMediaId),
          }}
        />
      </Card>
      {shop ? (
        <Card className="mt-6 max-w-3xl">
          <h2 className="text-lg font-semibold">{t("domainsHeading")}</h2>
          <p className="mt-1 mb-4 text-sm text-slate-600">
            {t("domainsText")}
          </p>
          <ShopDomains
            domains={domains.map((d) => ({
              id: d.id,
              domain: d.domain,
              token: d.token,
              state: d.state,
              verified: d.verifiedAt ? t(d.verifiedBy === "admin" ? "byPlatform" : d.verifiedBy === "dns" ? "byDns" : "byFile", { at: format.moment(d.verifiedAt) }) : null,
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
