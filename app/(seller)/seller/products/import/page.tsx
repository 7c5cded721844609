import type { Metadata } from "next";
import { CsvImport } from "@/components/seller/csv-import";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { pageActor } from "@/server/context";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, examplePrice } from "@/lib/catalogue/csv-import";
import { formatRate } from "@/lib/catalogue/rates";
import { productUrlRules } from "@/lib/domains/shop-domains";

export const metadata: Metadata = { title: "Import products" };

export default async function ImportProductsPage() {
  const { db, shop } = await pageActor("seller");
  const { domains } = await productUrlRules(db, shop);
  const columns: [string, boolean, string][] = [
    ["title", true, "2 to 140 characters"],
    ["sku", true, "Letters, digits and . _ - /; not yet used in your shop"],
    ["price", true, `In ${shop.currency}, like ${examplePrice(shop.currency)}`],
    ["category", true, "2 to 40 characters"],
    ["stock", false, "Whole number; empty means 0"],
    ["description", false, "Up to 4,000 characters"],
    ["open_rate", false, `Percent, 1 to 80, like 12.5; empty means your default (${formatRate(shop.defaultOpenRateBps)}); 0 pays only the flat fee`],
    ["flat_fee", false, `In ${shop.currency}, paid per sale on top of the rate`],
    ["open_to_affiliates", false, "yes or no; empty means yes"],
    ["external_url", false, domains.length ? `https on ${domains.join(", ")}` : "https on your shop's verified domains (add and verify them in the shop profile)"],
  ];
  return (
    <>
      <PageHeader
        title="Import products"
        description={`Add many products at once from a CSV file. Prices in ${shop.currency}.`}
        actions={
          <ButtonLink href="/seller/products" variant="secondary">
            Back to products
          </ButtonLink>
        }
      />
      <div className="grid items-start gap-6 lg:grid-cols-3">
        <Card className="min-w-0 lg:col-span-2">
          <CsvImport maxBytes={MAX_IMPORT_BYTES} maxRows={MAX_IMPORT_ROWS} />
        </Card>
        <Card className="min-w-0 space-y-3 text-sm">
          <h2 className="font-semibold text-slate-900">The file</h2>
          <p className="text-slate-600">
            One product per line, under a header line naming the columns (in any order, any case). Other columns are ignored. Every line is
            checked like the product form, and nothing is imported while any line has an error.
          </p>
          <a href="/seller/products/import/template" download className="inline-block font-medium text-brand-700 underline hover:text-brand-800">
            Download the template (CSV)
          </a>
          <dl className="divide-y divide-slate-100">
            {columns.map(([name, required, hint]) => (
              <div key={name} className="py-2">
                <dt className="font-mono text-xs text-slate-900">
                  {name}
                  {required ? <span className="ml-2 font-sans text-red-700">required</span> : null}
                </dt>
                <dd className="text-slate-600">{hint}</dd>
              </div>
            ))}
          </dl>
        </Card>
      </div>
    </>
  );
}
