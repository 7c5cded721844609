import { useTranslations } from "next-intl";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { FilterField, Input, Select } from "@/components/ui/input";
import { CHANNELS, LINK_TYPES } from "@/lib/validation/links";
import { LINK_STATES, type LinkListQuery } from "@/lib/validation/link-list";

/**
 * The link list's search, filters and sort as a GET form, so a filtered list is a URL to bookmark or
 * share. Earnings sort per currency (`earnings:USD`): amounts in different currencies are never added.
 */
export function LinkFilters({ applied, shops, currencies }: { applied: LinkListQuery; shops: { id: string; name: string }[]; currencies: string[] }) {
  const t = useTranslations("creator.links.filters");
  const channels = useTranslations("creator.channels");
  const filtered = Boolean(applied.q || applied.type || applied.channel || applied.shop || applied.state || applied.sort);
  // Keyed by the applied filters: a client navigation ("Clear filters") keeps a mounted <select> on
  // its old default, so the form is rebuilt whenever the filters change.
  return (
    <form key={JSON.stringify(applied)} className="mb-4 grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-7" role="search" aria-label={t("label")}>
      <FilterField label={t("search")} htmlFor="links-q" className="col-span-2 sm:col-span-3 lg:col-span-2">
        <Input id="links-q" name="q" type="search" defaultValue={applied.q ?? ""} placeholder={t("searchPlaceholder")} maxLength={100} />
      </FilterField>
      <FilterField label={t("type")} htmlFor="links-type">
        <Select id="links-type" name="type" defaultValue={applied.type ?? ""}>
          <option value="">{t("allTypes")}</option>
          {LINK_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`types.${type}`)}
            </option>
          ))}
        </Select>
      </FilterField>
      <FilterField label={t("channel")} htmlFor="links-channel">
        <Select id="links-channel" name="channel" defaultValue={applied.channel ?? ""}>
          <option value="">{t("allChannels")}</option>
          {CHANNELS.map((channel) => (
            <option key={channel} value={channel}>
              {channels(channel)}
            </option>
          ))}
        </Select>
      </FilterField>
      <FilterField label={t("shop")} htmlFor="links-shop">
        <Select id="links-shop" name="shop" defaultValue={applied.shop ?? ""}>
          <option value="">{t("allShops")}</option>
          {shops.map((shop) => (
            <option key={shop.id} value={shop.id}>
              {shop.name}
            </option>
          ))}
        </Select>
      </FilterField>
      <FilterField label={t("state")} htmlFor="links-state">
        <Select id="links-state" name="state" defaultValue={applied.state ?? ""}>
          <option value="">{t("allStates")}</option>
          {LINK_STATES.map((state) => (
            <option key={state} value={state}>
              {t(`states.${state}`)}
            </option>
          ))}
        </Select>
      </FilterField>
      <FilterField label={t("sort")} htmlFor="links-sort">
        <Select id="links-sort" name="sort" defaultValue={applied.sort ?? "newest"}>
          <option value="newest">{t("sorts.newest")}</option>
          <option value="clicks">{t("sorts.clicks")}</option>
          <option value="orders">{t("sorts.orders")}</option>
          {currencies.map((currency) => (
            <option key={currency} value={`earnings:${currency}`}>
              {t("sorts.earnings", { currency })}
            </option>
          ))}
        </Select>
      </FilterField>
      <div className="col-span-2 flex items-end gap-2 sm:col-span-3 lg:col-span-7">
        <button type="submit" className={buttonClass({ variant: "secondary" }, "max-sm:flex-1")}>
          {t("apply")}
        </button>
        {filtered ? (
          <ButtonLink href="/creator/links" variant="ghost">
            {t("clear")}
          </ButtonLink>
        ) : null}
      </div>
    </form>
  );
}
