import Link from "next/link";
import { useTranslations } from "next-intl";
import { X } from "lucide-react";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { FilterField, Input, Select } from "@/components/ui/input";
import type { CommissionListQuery } from "@/lib/validation/creator-commissions";
import { CHANNELS } from "@/lib/validation/links";

/** A query string of the filters that are set (the state pills, pages and the CSV link keep them). */
export function commissionQuery(applied: CommissionListQuery, change: Partial<CommissionListQuery> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...applied, ...change })) if (value) params.set(key, value);
  return params.toString();
}

/**
 * The commission list's filters as a GET form, so a filtered list is a URL to bookmark or share: the
 * order's dates, the shop, the channel; a link filter (set from a link's page) shows as a chip.
 */
export function CommissionFilters({ applied, shops, linkCode }: { applied: CommissionListQuery; shops: { id: string; name: string }[]; linkCode?: string }) {
  const t = useTranslations("creator.commissions");
  const channels = useTranslations("creator.channels");
  const filtered = Boolean(applied.from || applied.to || applied.shop || applied.channel || applied.link);
  return (
    <form className="mb-4 grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-5" role="search" aria-label={t("filters.label")}>
      {applied.state ? <input type="hidden" name="state" value={applied.state} /> : null}
      {applied.link ? <input type="hidden" name="link" value={applied.link} /> : null}
      <FilterField label={t("filters.from")} htmlFor="commissions-from">
        <Input id="commissions-from" name="from" type="date" defaultValue={applied.from ?? ""} />
      </FilterField>
      <FilterField label={t("filters.to")} htmlFor="commissions-to">
        <Input id="commissions-to" name="to" type="date" defaultValue={applied.to ?? ""} />
      </FilterField>
      <FilterField label={t("filters.shop")} htmlFor="commissions-shop">
        <Select id="commissions-shop" name="shop" defaultValue={applied.shop ?? ""}>
          <option value="">{t("filters.allShops")}</option>
          {shops.map((shop) => (
            <option key={shop.id} value={shop.id}>
              {shop.name}
            </option>
          ))}
        </Select>
      </FilterField>
      <FilterField label={t("filters.channel")} htmlFor="commissions-channel">
        <Select id="commissions-channel" name="channel" defaultValue={applied.channel ?? ""}>
          <option value="">{t("filters.allChannels")}</option>
          {CHANNELS.map((channel) => (
            <option key={channel} value={channel}>
              {channels(channel)}
            </option>
          ))}
        </Select>
      </FilterField>
      <div className="col-span-2 flex items-end gap-2 sm:col-span-1">
        <button type="submit" className={buttonClass({ variant: "secondary" }, "max-sm:flex-1")}>
          {t("filters.filter")}
        </button>
        {filtered ? (
          <ButtonLink href={`/creator/commissions${applied.state ? `?state=${applied.state}` : ""}`} variant="ghost">
            {t("filters.clear")}
          </ButtonLink>
        ) : null}
      </div>
      {applied.link && linkCode ? (
        <p className="col-span-full">
          <Link
            href={`/creator/commissions?${commissionQuery(applied, { link: undefined, page: undefined })}`}
            className="inline-flex min-h-11 items-center gap-1.5 rounded-full bg-brand-50 px-3 text-sm font-medium text-brand-900 ring-1 ring-brand-600 hover:bg-brand-100 sm:min-h-0 sm:py-1"
            aria-label={`${t("filters.link", { code: linkCode })}: ${t("filters.anyLink")}`}
          >
            {t("filters.link", { code: linkCode })}
            <X aria-hidden="true" className="size-4" strokeWidth={2} />
          </Link>
        </p>
      ) : null}
    </form>
  );
}
