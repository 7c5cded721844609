import { getTranslations } from "next-intl/server";
import { shopCategories } from "@/db/queries/products";
import { ProductForm } from "@/components/seller/product-form";
import { Alert } from "@/components/ui/alert";
import { Card, PageHeader } from "@/components/ui/card";
import { pageActor } from "@/server/context";
import { ratePercentInput } from "@/lib/catalogue/rates";
import { readSearchParams, type PageSearchParams } from "@/lib/validation/search-params";
import { productUrlRules } from "@/lib/domains/shop-domains";

export async function generateMetadata() {
  return { title: (await getTranslations("seller.product"))("newTitle") };
}

export default async function NewProductPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const { db, shop } = await pageActor("seller");
  const [categories, { welcome }, { domains }] = await Promise.all([shopCategories(db, shop.id), searchParams.then((raw) => readSearchParams(raw, ["welcome"])), productUrlRules(db, shop)]);
  const t = await getTranslations("seller.product");
  return (
    <>
      <PageHeader title={t("newTitle")} description={t("pricesIn", { currency: shop.currency })} />
      {welcome ? (
        <div className="mb-4">
          <Alert tone="success">{t("welcome")}</Alert>
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
