import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { mediaUrl } from "@/lib/media/url";
import { findShopProduct, productRateHistory, shopCategories } from "@/db/queries/products";
import { ArchiveButton } from "@/components/seller/archive-button";
import { ProductForm } from "@/components/seller/product-form";
import { Alert, Badge } from "@/components/ui/alert";
import { Card, PageHeader } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { pageActor } from "@/server/context";
import { ratePercentInput } from "@/lib/catalogue/rates";
import { productUrlRules } from "@/lib/domains/shop-domains";
import { formatReward } from "@/lib/plans/rewards";
import { formatMoney, formatMoneyPlain } from "@/lib/money";
import { readSearchParams, type PageSearchParams } from "@/lib/validation/search-params";
import { routeParam } from "@/lib/http/route-param";

export const metadata: Metadata = { title: "Product" };

export default async function ProductPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<PageSearchParams> }) {
  const { db, shop } = await pageActor("seller");
  const [{ id: rawId }, { created }] = await Promise.all([params, searchParams.then((raw) => readSearchParams(raw, ["created"]))]);
  // Scoped to the seller's shop: another shop's product id is simply not found.
  const id = routeParam(rawId);
  const product = id ? await findShopProduct(db, { shopId: shop.id, productId: id }) : undefined;
  if (!id || !product) notFound();
  const [history, categories, { domains }] = await Promise.all([productRateHistory(db, { shopId: shop.id, productId: id }), shopCategories(db, shop.id), productUrlRules(db, shop)]);
  const archived = product.status === "archived";
  return (
    <>
      <PageHeader
        title={product.title}
        description={`${product.sku} · ${formatMoney(product.priceMinor, product.currency)}`}
        actions={archived ? <Badge tone="red">Archived</Badge> : product.openToAffiliates ? <Badge tone="green">Open · {formatReward({ rateBps: product.openRateBps, flatFeeMinor: product.openFlatFeeMinor }, product.currency)}</Badge> : <Badge>Closed to creators</Badge>}
      />
      {created ? (
        <div className="mb-4">
          <Alert tone="success">Product created.</Alert>
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
            <h2 className="font-semibold">Open plan history</h2>
            <p className="mt-1 text-xs text-slate-500">Each change applies from its time on; commissions already earned keep their rate.</p>
            <div className="mt-3">
              <Table head={["From", "Rate", "Open"]}>
                {history.map((h) => (
                  <tr key={h.id}>
                    <Td>
                      <time dateTime={h.effectiveAt.toISOString()}>{h.effectiveAt.toISOString().slice(0, 16).replace("T", " ")}</time>
                    </Td>
                    <Td>
                      {formatReward(h, product.currency)}
                    </Td>
                    <Td>{h.openToAffiliates ? "yes" : "no"}</Td>
                  </tr>
                ))}
              </Table>
            </div>
          </Card>
          <Card>
            <h2 className="font-semibold">{archived ? "Archived" : "Archive"}</h2>
            <p className="mb-3 mt-1 text-sm text-slate-600">
              {archived ? "Hidden from creators and buyers. Orders and links keep pointing at it." : "Products are never deleted: orders and links point at them."}
            </p>
            <ArchiveButton productId={product.id} archived={archived} />
          </Card>
        </div>
      </div>
    </>
  );
}
