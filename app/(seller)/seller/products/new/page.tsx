import type { Metadata } from "next";
import { shopCategories } from "@/db/queries/products";
import { ProductForm } from "@/components/seller/product-form";
import { Alert } from "@/components/ui/alert";
import { Card, PageHeader } from "@/components/ui/card";
import { pageActor } from "@/server/context";
import { ratePercentInput } from "@/lib/catalogue/rates";
import { readSearchParams, type PageSearchParams } from "@/lib/validation/search-params";
import { productUrlRules } from "@/lib/domains/shop-domains";

export const metadata: Metadata = { title: "New product" };

export default async function NewProductPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const { db, shop } = await pageActor("seller");
  const [categories, { welcome }, { domains }] = await Promise.all([shopCategories(db, shop.id), searchParams.then((raw) => readSearchParams(raw, ["welcome"])), productUrlRules(db, shop)]);
  return (
    <>
      <PageHeader title="New product" description={`Prices in ${shop.currency}.`} />
      {welcome ? (
        <div className="mb-4">
          <Alert tone="success">Your shop is ready. Add your first product: creators can link it as soon as it is open.</Alert>
        </div>
      ) : null}
      <Card className="max-w-3xl">
        <ProductForm
          currency={shop.currency}
          categories={categories}
          domains={domains}
          initial={{ title: "", description: "", category: "", sku: "", price: "", stock: "0", externalUrl: "", openToAffiliates: true, openRate: ratePercentInput(shop.defaultOpenRateBps), openFlatFee: "", imageUrl: null }}
        />
      </Card>
    </>
  );
}
