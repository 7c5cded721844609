import Link from "next/link";
import { getTimeZone, getTranslations } from "next-intl/server";
import { creatorCategories, discoverCreators, listShopCreators, shopTags } from "@/db/queries/shop-creators";
import { invitablePlans } from "@/db/queries/plans";
import { InviteToPlan } from "@/components/seller/invite-to-plan";
import { CreatorAvatar } from "@/components/creators/creator-avatar";
import { Badge } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Input, Select } from "@/components/ui/input";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td } from "@/components/ui/table";
import { pageActor } from "@/server/context";
import { getReaderFormat } from "@/server/i18n";
import { addDays } from "@/lib/clock";
import { readReportPeriod } from "@/lib/reports/period";
import { sellerReport, type SellerBreakdownRow } from "@/lib/reports/seller-report";
import { SHOP_CREATOR_QUERY_KEYS, shopCreatorQuery } from "@/lib/validation/shop-creators";
import { readSearchParams, type PageSearchParams } from "@/lib/validation/search-params";

export async function generateMetadata() {
  return { title: (await getTranslations("seller.creators"))("title") };
}

const PAGE_SIZE = 25;
const INVITE_FORM = "invite-to-plan";

/** The shop's creators with their results over the last 90 days, and a directory of every creator to discover. */
export default async function SellerCreatorsPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const { db, shop, at } = await pageActor("seller");
  const query = shopCreatorQuery(readSearchParams(await searchParams, SHOP_CREATOR_QUERY_KEYS));
  const [t, format, timeZone] = await Promise.all([getTranslations("seller.creators"), getReaderFormat(), getTimeZone()]);
  const tabs = (
    <nav aria-label={t("tabs.label")} className="mb-4 flex gap-1">
      {(["yours", "discover"] as const).map((tab) => (
        <Link
          key={tab}
          href={tab === "yours" ? "/seller/creators" : "/seller/creators?tab=discover"}
          aria-current={query.tab === tab ? "page" : undefined}
          className={cn("min-h-10 rounded-md px-3 py-2 text-sm font-medium", query.tab === tab ? "bg-slate-900 text-white" : "bg-white text-slate-700 ring-1 ring-slate-200 hover:bg-slate-50")}
        >
          {t(`tabs.${tab}`)}
        </Link>
      ))}
    </nav>
  );
  const header = <PageHeader title={t("title")} description={t("description")} />;
  const plans = (await invitablePlans(db, { shopId: shop.id, at })).map((p) => ({ id: p.id, name: p.name, draft: p.status === "draft" }));
  const inviteBar = <InviteToPlan formId={INVITE_FORM} plans={plans} />;
  const pick = (id: string, name: string) =>
    plans.length > 0 ? (
      <label className="mr-2 inline-flex min-h-11 min-w-11 items-center justify-center align-middle">
        <input type="checkbox" name="creatorIds[]" value={id} form={INVITE_FORM} aria-label={t("invite.select", { name })} className="size-4 rounded border-slate-300 max-sm:size-5" />
      </label>
    ) : null;

  if (query.tab === "discover") {
    const [found, categories] = await Promise.all([
      discoverCreators(db, { q: query.q, category: query.category, minFollowers: query.minFollowers, since: addDays(at, -90), page: query.page, pageSize: PAGE_SIZE }),
      creatorCategories(db),
    ]);
    return (
      <>
        {header}
        {tabs}
        <form className="mb-4 grid gap-3 sm:grid-cols-[1fr_auto_auto_auto] sm:items-end" role="search">
          <input type="hidden" name="tab" value="discover" />
          <label className="flex flex-col text-sm font-medium text-slate-700">
            {t("filters.search")}
            <Input name="q" defaultValue={query.q} className="mt-1" />
          </label>
          <label className="flex flex-col text-sm font-medium text-slate-700">
            {t("filters.category")}
            <Select name="category" defaultValue={query.category ?? ""} className="mt-1">
              <option value="">{t("filters.allCategories")}</option>
              {categories.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </Select>
          </label>
          <label className="flex flex-col text-sm font-medium text-slate-700">
            {t("filters.followers")}
            <Input name="followers" type="number" min={0} inputMode="numeric" defaultValue={query.minFollowers ?? ""} className="mt-1 sm:w-40" />
          </label>
          <button type="submit" className={buttonClass({ variant: "secondary" })}>
            {t("filters.apply")}
          </button>
        </form>
        {found.rows.length === 0 ? null : inviteBar}
        {found.rows.length === 0 ? (
          <EmptyState title={t("discoverEmpty")} />
        ) : (
          <>
            <Table head={[t("columns.creator"), t("columns.followers"), t("columns.categories"), t("columns.orders90d")]} caption={t("tabs.discover")}>
              {found.rows.map((c) => (
                <tr key={c.userId}>
                  <Td>
                    {pick(c.userId, c.displayName)}
                    <CreatorCell id={c.userId} name={c.displayName} handle={c.handle} avatar={c.avatarMediaId} />
                  </Td>
                  <Td label={t("columns.followers")} className="tabular-nums">
                    {format.number(c.followerCount)}
                  </Td>
                  <Td label={t("columns.categories")}>{c.categories.join(", ") || "—"}</Td>
                  <Td label={t("columns.orders90d")} className="tabular-nums">
                    {format.number(c.orders90d)}
                  </Td>
                </tr>
              ))}
            </Table>
            <Pagination page={query.page} pageSize={PAGE_SIZE} total={found.total} query={{ tab: "discover", q: query.q || undefined, category: query.category, followers: query.minFollowers ? String(query.minFollowers) : undefined }} />
          </>
        )}
      </>
    );
  }

  const period = readReportPeriod({ period: "90" }, at, timeZone);
  const [creators, tags, report] = await Promise.all([
    listShopCreators(db, shop.id, { q: query.q, tag: query.tag, blocked: query.state === "all" ? undefined : query.state === "blocked" }),
    shopTags(db, shop.id),
    sellerReport(db, shop.id, period),
  ]);
  const results = new Map<string, SellerBreakdownRow>(report.breakdowns.creator.map((r) => [r.key, r]));
  const filtered = query.q !== "" || query.tag !== undefined || query.state !== "all";
  const money = (minor: number) => format.money(minor, shop.currency);
  return (
    <>
      {header}
      {tabs}
      <form className="mb-4 grid gap-3 sm:grid-cols-[1fr_auto_auto_auto] sm:items-end" role="search">
        <label className="flex flex-col text-sm font-medium text-slate-700">
          {t("filters.search")}
          <Input name="q" defaultValue={query.q} className="mt-1" />
        </label>
        <label className="flex flex-col text-sm font-medium text-slate-700">
          {t("filters.tag")}
          <Select name="tag" defaultValue={query.tag ?? ""} className="mt-1">
            <option value="">{t("filters.allTags")}</option>
            {tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </Select>
        </label>
        <label className="flex flex-col text-sm font-medium text-slate-700">
          {t("filters.state")}
          <Select name="state" defaultValue={query.state} className="mt-1">
            <option value="all">{t("filters.all")}</option>
            <option value="active">{t("filters.active")}</option>
            <option value="blocked">{t("filters.blocked")}</option>
          </Select>
        </label>
        <button type="submit" className={buttonClass({ variant: "secondary" })}>
          {t("filters.apply")}
        </button>
      </form>
      <p className="mb-3 text-sm text-slate-600">{t("periodNote", { from: format.day(period.from), to: format.day(new Date(period.before.getTime() - 1)) })}</p>
      {creators.length === 0 ? null : inviteBar}
      {creators.length === 0 ? (
        <EmptyState title={filtered ? t("noMatch") : t("empty")}>{filtered ? null : t("emptyText")}</EmptyState>
      ) : (
        <Table head={[t("columns.creator"), t("columns.clicks"), t("columns.orders"), t("columns.sales"), t("columns.commission"), t("columns.conversion"), t("columns.plans"), t("columns.tags")]} caption={t("tabs.yours")}>
          {creators.map((c) => {
            const r = results.get(c.userId);
            return (
              <tr key={c.userId}>
                <Td>
                  {c.blockedAt ? null : pick(c.userId, c.displayName)}
                  <CreatorCell id={c.userId} name={c.displayName} handle={c.handle} avatar={c.avatarMediaId} />
                  {c.blockedAt ? <Badge tone="red">{t("blockedBadge")}</Badge> : null}
                </Td>
                <Td label={t("columns.clicks")} className="tabular-nums">
                  {format.number(r?.clicks ?? 0)}
                </Td>
                <Td label={t("columns.orders")} className="tabular-nums">
                  {format.number(r?.orders ?? 0)}
                </Td>
                <Td label={t("columns.sales")} className="tabular-nums">
                  {money(r?.sales ?? 0)}
                </Td>
                <Td label={t("columns.commission")} className="tabular-nums">
                  {money(r?.commission ?? 0)}
                </Td>
                <Td label={t("columns.conversion")} className="tabular-nums">
                  {r?.conversion == null ? "—" : format.percent(Math.round(r.conversion * 10_000))}
                </Td>
                <Td label={t("columns.plans")}>{c.plans.join(", ") || "—"}</Td>
                <Td label={t("columns.tags")}>{c.tags.join(", ") || "—"}</Td>
              </tr>
            );
          })}
        </Table>
      )}
    </>
  );
}

function CreatorCell({ id, name, handle, avatar }: { id: string; name: string; handle: string; avatar: string | null }) {
  return (
    <Link href={`/seller/creators/${id}`} className="inline-flex min-h-11 items-center gap-2 font-medium text-slate-900 hover:text-brand-700">
      <CreatorAvatar name={name} mediaId={avatar} size="sm" />
      <span className="min-w-0 break-words">
        {name}
        <span className="block text-xs font-normal text-slate-500">@{handle}</span>
      </span>
    </Link>
  );
}
