import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { mediaUrl } from "@/lib/media/url";
import { PRODUCT_SORTS, listShopProducts, shopCategories } from "@/db/queries/products";
import { BulkOpenPlanForm } from "@/components/seller/bulk-open-plan-form";
import { rewardText } from "@/components/plans/reward-text";
import { Badge } from "@/components/ui/alert";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Input, Select } from "@/components/ui/input";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td } from "@/components/ui/table";
import { pageActor } from "@/server/context";
import { getReaderFormat } from "@/server/i18n";
import { oneOf, pageNumber, readSearchParams, type PageSearchParams } from "@/lib/validation/search-params";

export async function generateMetadata() {
  return { title: (await getTranslations("seller.products"))("title") };
}

const QUERY_KEYS = ["q", "category", "status", "open", "sort", "page"] as const;

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
  const [{ rows, total, page, pageSize }, categories, t, format, locale] = await Promise.all([
    listShopProducts(db, shop.id, filters),
    shopCategories(db, shop.id),
    getTranslations("seller.products"),
    getReaderFormat(),
    getLocale(),
  ]);
  const filtered = Boolean(filters.q || filters.category || filters.status !== "active" || filters.open !== "all");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={filtered ? t("countMatching", { count: total }) : t("countActive", { count: total })}
        actions={
          <>
            <ButtonLink href="/seller/products/import" variant="secondary">
              {t("importCsv")}
            </ButtonLink>
            <ButtonLink href="/seller/products/new">
              {t("newProduct")}
            </ButtonLink>
          </>
        }
      />
      <form className="mb-4 grid gap-2 sm:grid-cols-2 lg:grid-cols-6" role="search">
        <Input name="q" defaultValue={filters.q} placeholder={t("search")} aria-label={t("search")} className="max-sm:min-h-11 lg:col-span-2" />
        <Select name="category" defaultValue={filters.category ?? ""} aria-label={t("category")}>
          <option value="">{t("allCategories")}</option>
          {categories.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </Select>
        <Select name="status" defaultValue={filters.status} aria-label={t("status")}>
          <option value="active">{t("statusActive")}</option>
          <option value="archived">{t("statusArchived")}</option>
          <option value="all">{t("statusAll")}</option>
        </Select>
        <Select name="open" defaultValue={filters.open} aria-label={t("openPlan")}>
          <option value="all">{t("openAll")}</option>
          <option value="open">{t("openOpen")}</option>
          <option value="closed">{t("openClosed")}</option>
        </Select>
        <div className="flex gap-2">
          <Select name="sort" defaultValue={filters.sort} aria-label={t("sort")} className="min-w-0 max-sm:min-h-11">
            {PRODUCT_SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`sorts.${s}`)}
              </option>
            ))}
          </Select>
          <button type="submit" className={buttonClass({ variant: "secondary" }, "max-sm:min-h-11")}>
            {t("filter")}
          </button>
        </div>
      </form>
      {rows.length === 0 ? (
        filtered ? (
          <EmptyState
            title={t("noMatch")}
            action={
              <ButtonLink href="/seller/products" variant="secondary">
                {t("clearFilters")}
              </ButtonLink>
            }
          />
        ) : (
          <EmptyState
            title={t("none")}
            action={
              <ButtonLink href="/seller/products/new">
                {t("addFirst")}
              </ButtonLink>
            }
          >
            {t("noneBody")}
          </EmptyState>
        )
      ) : (
        <BulkOpenPlanForm currency={shop.currency}>
          <Table head={[<span key="sel" className="sr-only">{t("select")}</span>, t("product"), t("price"), t("stock"), t("openPlan"), t("status")]}>
            {rows.map((p) => (
              <tr key={p.id} className="hover:bg-slate-50 max-sm:relative max-sm:pl-12!">
                <Td className="max-sm:absolute max-sm:left-1 max-sm:top-1.5 max-sm:p-0!">
                  {/* A 44 px tap target around the box on phones. */}
                  <label className="flex items-center justify-center max-sm:size-11">
                    <input type="checkbox" name="productIds[]" value={p.id} aria-label={t("selectProduct", { title: p.title })} className="size-4 accent-brand-600" />
                  </label>
                </Td>
                <Td>
                  <Link href={`/seller/products/${p.id}`} className="flex min-w-0 items-center gap-3">
                    {p.imageMediaId ? (
                      // eslint-disable-next-line @next/next/no-img-element -- app-served media, already sized
                      <img src={mediaUrl(p.imageMediaId)!} alt="" width={40} height={40} className="size-10 shrink-0 rounded object-cover" loading="lazy" />
                    ) : (
                      <span className="size-10 shrink-0 rounded bg-slate-100" />
                    )}
                    <span className="min-w-0">
                      <span className="block font-medium text-slate-900 hover:underline max-sm:break-words sm:max-w-64 sm:truncate">{p.title}</span>
                      <span className="block break-all text-xs text-slate-500">
                        {p.sku} · {p.category}
                      </span>
                    </span>
                  </Link>
                </Td>
                <Td label={t("price")} className="tabular-nums">
                  {format.money(p.priceMinor, p.currency)}
                </Td>
                <Td label={t("stock")} className={p.stock === 0 ? "text-red-600" : undefined}>
                  {p.stock === 0 ? t("outOfStock") : format.number(p.stock)}
                </Td>
                <Td label={t("openPlan")}>
                  {p.openToAffiliates ? (
                    <span>{rewardText({ rateBps: p.openRateBps, flatFeeMinor: p.openFlatFeeMinor }, p.currency, locale)}</span>
                  ) : (
                    <span className="text-slate-500">{t("closed")}</span>
                  )}
                </Td>
                <Td label={t("status")}>{p.status === "archived" ? <Badge tone="red">{t("archived")}</Badge> : <Badge tone="green">{t("active")}</Badge>}</Td>
              </tr>
            ))}
          </Table>
          <Pagination page={page} pageSize={pageSize} total={total} query={{ q: filters.q, category: filters.category, status: filters.status, open: filters.open, sort: filters.sort }} />
        </BulkOpenPlanForm>
      )}
    </>
  );
}
