import { getTranslations } from "next-intl/server";
import { CsvImport } from "@/components/seller/csv-import";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { pageActor } from "@/server/context";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, examplePrice } from "@/lib/catalogue/csv-import";
import { getReaderFormat } from "@/server/i18n";
import { productUrlRules } from "@/lib/domains/shop-domains";

export async function generateMetadata() {
  return { title: (await getTranslations("seller.import"))("title") };
}

export default async function ImportProductsPage() {
  const { db, shop } = await pageActor("seller");
  const [{ domains }, t, format] = await Promise.all([productUrlRules(db, shop), getTranslations("seller.import"), getReaderFormat()]);
  const columns: [string, boolean, string][] = [
    ["title", true, t("columns.title")],
    ["sku", true, t("columns.sku")],
    ["price", true, t("columns.price", { currency: shop.currency, example: examplePrice(shop.currency) })],
    ["category", true, t("columns.category")],
    ["stock", false, t("columns.stock")],
    ["description", false, t("columns.description")],
    ["open_rate", false, t("columns.open_rate", { rate: format.percent(shop.defaultOpenRateBps) })],
    ["flat_fee", false, t("columns.flat_fee", { currency: shop.currency })],
    ["open_to_affiliates", false, t("columns.open_to_affiliates")],
    ["external_url", false, domains.length ? t("columns.external_url", { domains: domains.join(", ") }) : t("columns.external_url_none")],
  ];
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description", { currency: shop.currency })}
        actions={
          <ButtonLink href="/seller/products" variant="secondary">
            {t("back")}
          </ButtonLink>
        }
      />
      <div className="grid items-start gap-6 lg:grid-cols-3">
        <Card className="min-w-0 lg:col-span-2">
          <CsvImport maxBytes={MAX_IMPORT_BYTES} maxRows={MAX_IMPORT_ROWS} />
        </Card>
        <Card className="min-w-0 space-y-3 text-sm">
          <h2 className="font-semibold text-slate-900">{t("fileHeading")}</h2>
          <p className="text-slate-600">
            {t("fileText")}
          </p>
          <a href="/seller/products/import/template" download className="inline-flex min-h-11 items-center font-medium sm:min-h-0 text-brand-700 underline hover:text-brand-800">
            {t("template")}
          </a>
          <dl className="divide-y divide-slate-100">
            {columns.map(([name, required, hint]) => (
              <div key={name} className="py-2">
                <dt className="font-mono text-xs text-slate-900">
                  {name}
                  {required ? <span className="ml-2 font-sans text-red-700">{t("required")}</span> : null}
                </dt>
                <dd className="break-words text-slate-600">{hint}</dd>
              </div>
            ))}
          </dl>
        </Card>
      </div>
    </>
  );
}
