import type { Metadata } from "next";
import Link from "next/link";
import { mediaUrl } from "@/lib/media/url";
import { PRODUCT_SORTS, listShopProducts, shopCategories, type ProductSort } from "@/db/queries/products";
import { BulkOpenPlanForm } from "@/components/seller/bulk-open-plan-form";
import { Badge } from "@/components/ui/alert";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Input, Select } from "@/components/ui/input";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td } from "@/components/ui/table";
import { pageActor } from "@/server/context";
import { formatReward } from "@/lib/plans/rewards";
import { formatMoney } from "@/lib/money";
import { oneOf, pageNumber, readSearchParams, type PageSearchParams } from "@/lib/validation/search-params";

export const metadata: Metadata = { title: "Products" };

const QUERY_KEYS = ["q", "category", "status", "open", "sort", "page"] as const;

const SORT_LABELS: Record<ProductSort, string> = {
  newest: "Newest",
  title: "Title A–Z",
  price_asc: "Price, low to high",
  price_desc: "Price, high to low",
  rate: "Highest rate",
  stock: "Lowest stock",
};


export default async function ProductsPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const { db, shop } = await pageActor("seller");
  const query = readSearchParams(await searchParams, QUERY_KEYS);
  const filters = {
    q: query.q?.slice(0, 100),
    category: query.category || undefined,
    status: oneOf(query.status, ["active", "archived", "all"] as const) ?? "active",
    open: oneOf(query.open, ["open", "closed", "all"] as const) ?? "all",
    sort: oneOf(query.sort, PRODUCT_SORTS) ?? "newest",
    page: pageNumber(query.page),
  };
  const [{ rows, total, page, pageSize }, categories] = await Promise.all([listShopProducts(db, shop.id, filters), shopCategories(db, shop.id)]);
  const filtered = Boolean(filters.q || filters.category || filters.status !== "active" || filters.open !== "all");
  return (
    <>
      <PageHeader
        title="Products"
        description={`${total.toLocaleString("en")} ${filtered ? "matching" : "active"} product${total === 1 ? "" : "s"}`}
        actions={
          <>
            <ButtonLink href="/seller/products/import" variant="secondary">
              Import CSV
            </ButtonLink>
            <ButtonLink href="/seller/products/new">New product</ButtonLink>
          </>
        }
      />
      <form className="mb-4 grid gap-2 sm:grid-cols-2 lg:grid-cols-6" role="search">
        <Input name="q" defaultValue={filters.q} placeholder="Search title or SKU" aria-label="Search title or SKU" className="lg:col-span-2" />
        <Select name="category" defaultValue={filters.category ?? ""} aria-label="Category">
          <option value="">All categories</option>
          {categories.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </Select>
        <Select name="status" defaultValue={filters.status} aria-label="Status">
          <option value="active">Active</option>
          <option value="archived">Archived</option>
          <option value="all">Active and archived</option>
        </Select>
        <Select name="open" defaultValue={filters.open} aria-label="Open plan">
          <option value="all">Open and closed</option>
          <option value="open">Open to creators</option>
          <option value="closed">Closed to creators</option>
        </Select>
        <div className="flex gap-2">
          <Select name="sort" defaultValue={filters.sort} aria-label="Sort">
            {PRODUCT_SORTS.map((s) => (
              <option key={s} value={s}>
                {SORT_LABELS[s]}
              </option>
            ))}
          </Select>
          <button type="submit" className={buttonClass({ variant: "secondary" })}>
            Filter
          </button>
        </div>
      </form>
      {rows.length === 0 ? (
        filtered ? (
          <EmptyState title="No products match" action={<ButtonLink href="/seller/products" variant="secondary">Clear filters</ButtonLink>} />
        ) : (
          <EmptyState title="No products yet" action={<ButtonLink href="/seller/products/new">Add your first product</ButtonLink>}>
            Add products one by one or import a CSV file.
          </EmptyState>
        )
      ) : (
        <BulkOpenPlanForm currency={shop.currency}>
          <Table head={[<span key="sel" className="sr-only">Select</span>, "Product", "Price", "Stock", "Open plan", "Status"]}>
            {rows.map((p) => (
              <tr key={p.id} className="hover:bg-slate-50">
                <Td>
                  <input type="checkbox" name="productIds[]" value={p.id} aria-label={`Select ${p.title}`} className="size-4 accent-brand-600" />
                </Td>
                <Td>
                  <Link href={`/seller/products/${p.id}`} className="flex items-center gap-3">
                    {p.imageMediaId ? (
                      // eslint-disable-next-line @next/next/no-img-element -- app-served media, already sized
                      <img src={mediaUrl(p.imageMediaId)!} alt="" width={40} height={40} className="size-10 rounded object-cover" loading="lazy" />
                    ) : (
                      <span className="size-10 rounded bg-slate-100" />
                    )}
                    <span>
                      <span className="block max-w-64 truncate font-medium text-slate-900 hover:underline">{p.title}</span>
                      <span className="block text-xs text-slate-500">
                        {p.sku} · {p.category}
                      </span>
                    </span>
                  </Link>
                </Td>
                <Td className="tabular-nums">{formatMoney(p.priceMinor, p.currency)}</Td>
                <Td className={p.stock === 0 ? "text-red-600" : undefined}>{p.stock === 0 ? "Out of stock" : p.stock.toLocaleString("en")}</Td>
                <Td>
                  {p.openToAffiliates ? (
                    <span>
                      {formatReward({ rateBps: p.openRateBps, flatFeeMinor: p.openFlatFeeMinor }, p.currency)}
                    </span>
                  ) : (
                    <span className="text-slate-500">closed</span>
                  )}
                </Td>
                <Td>{p.status === "archived" ? <Badge tone="red">archived</Badge> : <Badge tone="green">active</Badge>}</Td>
              </tr>
            ))}
          </Table>
          <Pagination page={page} pageSize={pageSize} total={total} query={{ q: filters.q, category: filters.category, status: filters.status, open: filters.open, sort: filters.sort }} />
        </BulkOpenPlanForm>
      )}
    </>
  );
}
