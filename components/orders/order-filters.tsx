import { useTranslations } from "next-intl";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { FilterField, Input, Select } from "@/components/ui/input";
import { ORDER_SOURCES, ORDER_STATES, type OrderListQuery } from "@/lib/validation/orders";

/** The order list's filters, sent as a GET query string so a filtered list can be bookmarked and shared. */
export function OrderFilters({ query, filtered }: { query: OrderListQuery; filtered: boolean }) {
  const t = useTranslations("seller.orders");
  const states = useTranslations("common.states");
  return (
    <form className="mb-4 grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-7" role="search" aria-label={t("filters.label")}>
      <FilterField label={t("filters.state")} htmlFor="orders-state">
        <Select id="orders-state" name="state" defaultValue={query.state ?? ""}>
          <option value="">{t("filters.allStates")}</option>
          {ORDER_STATES.map((s) => (
            <option key={s} value={s}>
              {states.has(s) ? states(s) : s}
            </option>
          ))}
        </Select>
      </FilterField>
      <FilterField label={t("filters.source")} htmlFor="orders-source">
        <Select id="orders-source" name="source" defaultValue={query.source ?? ""}>
          <option value="">{t("filters.allSources")}</option>
          {ORDER_SOURCES.map((s) => (
            <option key={s} value={s}>
              {t(s)}
            </option>
          ))}
        </Select>
      </FilterField>
      <FilterField label={t("filters.from")} htmlFor="orders-from">
        <Input id="orders-from" name="from" type="date" defaultValue={query.from ?? ""} />
      </FilterField>
      <FilterField label={t("filters.to")} htmlFor="orders-to">
        <Input id="orders-to" name="to" type="date" defaultValue={query.to ?? ""} />
      </FilterField>
      <FilterField label={t("filters.product")} htmlFor="orders-product">
        <Input id="orders-product" name="product" defaultValue={query.product ?? ""} placeholder={t("filters.productPlaceholder")} />
      </FilterField>
      <FilterField label={t("filters.creator")} htmlFor="orders-creator">
        <Input id="orders-creator" name="creator" defaultValue={query.creator ?? ""} placeholder="@handle" />
      </FilterField>
      <div className="col-span-2 flex items-end gap-2 sm:col-span-3 lg:col-span-1">
        <button type="submit" className={buttonClass({ variant: "secondary" }, "max-sm:min-h-11 max-sm:flex-1")}>
          {t("filters.filter")}
        </button>
        {filtered ? (
          <ButtonLink href="/seller/orders" variant="ghost">
            {t("filters.clear")}
          </ButtonLink>
        ) : null}
      </div>
    </form>
  );
}
