import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { mediaUrl } from "@/lib/media/url";
import { findShopProduct, productRateHistory, shopCategories } from "@/db/queries/products";
import { ArchiveButton } from "@/components/seller/archive-button";
import { KeepPlanButton } from "@/components/seller/keep-plan-button";
import { ProductForm } from "@/components/seller/product-form";
import { Alert, Badge } from "@/components/ui/alert";
import { Card, PageHeader } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { pageActor } from "@/server/context";
import { ratePercentInput } from "@/lib/catalogue/rates";
import { productUrlRules } from "@/lib/domains/shop-domains";
import { rewardText } from "@/components/plans/reward-text";
import { DateTime } from "@/components/ui/formatted";
import { getReaderFormat } from "@/server/i18n";
import { formatMoneyPlain } from "@/lib/money";
import { readSearchParams, type PageSearchParams } from "@/lib/validation/search-params";
import { routeParam } from "@/lib/http/route-param";
import { RESULTS_QUERY_KEYS, ResultsSection } from "../../results-section";

export async function generateMetadata() {
  return { title: (await getTranslations("seller.product"))("title") };
}

export default async function ProductPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<PageSearchParams> }) {
  const { db, shop, at } = await pageActor("seller");
  const [{ id: rawId }, { created, ...periodQuery }] = await Promise.all([params, searchParams.then((raw) => readSearchParams(raw, ["created", ...RESULTS_QUERY_KEYS]))]);
  // Scoped to the seller's shop: another shop's product id is simply not found.
  const id = routeParam(rawId);
  const product = id ? await findShopProduct(db, { shopId: shop.id, productId: id }) : undefined;
  if (!id || !product) notFound();
  const [history, categories, { domains }] = await Promise.all([productRateHistory(db, { shopId: shop.id, productId: id }), shopCategories(db, shop.id), productUrlRules(db, shop)]);
  const [t, format, locale] = await Promise.all([getTranslations("seller.product"), getReaderFormat(), getLocale()]);
  const archived = product.status === "archived";
  // A cut decided but not yet in force (lib/catalogue/rate-changes.ts): creators keep the current plan until then.
  const waitingCut = history.find((h) => !h.appliedAt && !h.cancelledAt);
  return (
    <>
      <PageHeader
        title={product.title}
        description={<span className="break-all">{`${product.sku} · ${format.money(product.priceMinor, product.currency)}`}</span>}
        actions={
          archived ? (
            <Badge tone="red">{t("archivedBadge")}</Badge>
          ) : product.openToAffiliates ? (
            <Badge tone="green">{t("openBadge", { reward: rewardText({ rateBps: product.openRateBps, flatFeeMinor: product.openFlatFeeMinor }, product.currency, locale) })}</Badge>
          ) : (
            <Badge>{t("closedBadge")}</Badge>
          )
        }
      />
      {created ? (
        <div className="mb-4">
          <Alert tone="success">{t("created")}</Alert>
        </div>
      ) : null}
      {waitingCut ? (
        <div className="mb-4">
          <Alert tone="info">
            {t("cutWaiting", {
              reward: rewardText(waitingCut, product.currency, locale),
              date: format.day(waitingCut.effectiveAt),
              current: rewardText({ rateBps: product.openRateBps, flatFeeMinor: product.openFlatFeeMinor }, product.currency, locale),
            })}
            <KeepPlanButton productId={product.id} />
          </Alert>
        </div>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <ProductForm
            productId={product.id}
            currency={shop.currency}
            categories={categories}
            domains={domains}
            initial={{
              title: product.title,
              description: product.description,
              category: product.category,
              sku: product.sku,
              price: formatMoneyPlain(product.priceMinor, product.currency),
              stock: String(product.stock),
              externalUrl: product.externalUrl ?? "",
              openToAffiliates: product.openToAffiliates,
              openRate: product.openRateBps ? ratePercentInput(product.openRateBps) : "",
              openFlatFee: product.openFlatFeeMinor ? formatMoneyPlain(product.openFlatFeeMinor, product.currency) : "",
              imageUrl: mediaUrl(product.imageMediaId),
            }}
          />
        </Card>
        <div className="space-y-6">
          <Card>
            <h2 className="font-semibold">{t("historyHeading")}</h2>
            <p className="mt-1 text-xs text-slate-500">{t("historyNote", { days: shop.rateNoticeDays })}</p>
            <div className="mt-3">
              <Table head={[t("from"), t("rate"), t("open")]}>
                {history.map((h) => (
                  <tr key={h.id} className={h.cancelledAt ? "text-slate-400" : undefined}>
                    <Td>
                      <DateTime at={h.effectiveAt} />
                      {h.cancelledAt || !h.appliedAt ? (
                        <span className="ml-2">
                          <Badge tone={h.cancelledAt ? "gray" : "amber"}>{h.cancelledAt ? t("replaced") : t("waiting")}</Badge>
                        </span>
                      ) : null}
                      {/* A cut is decided before it takes effect: both moments show. */}
                      {h.decidedAt && h.decidedAt.getTime() !== h.effectiveAt.getTime() ? (
                        <span className="block text-xs text-slate-500">
                          {t("decidedOn")} <DateTime at={h.decidedAt} />
                        </span>
                      ) : null}
                    </Td>
                    <Td label={t("rate")}>{rewardText(h, product.currency, locale)}</Td>
                    <Td label={t("open")}>{h.openToAffiliates ? t("yes") : t("no")}</Td>
                  </tr>
                ))}
              </Table>
            </div>
          </Card>
          <Card>
            <h2 className="font-semibold">{archived ? t("archivedHeading") : t("archiveHeading")}</h2>
            <p className="mb-3 mt-1 text-sm text-slate-600">
              {archived ? t("archivedText") : t("archiveText")}
            </p>
            <ArchiveButton productId={product.id} archived={archived} />
          </Card>
        </div>
      </div>
      <ResultsSection db={db} shop={shop} at={at} scope={{ productId: product.id }} query={periodQuery} />
    </>
  );
}
