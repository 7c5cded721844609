import type { ReactNode } from "react";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { ORDER_SOURCES, ORDER_STATES, type OrderListQuery } from "@/lib/validation/orders";

const SOURCE_LABELS: Record<(typeof ORDER_SOURCES)[number], string> = { storefront: "Storefront", api: "API" };

function Labelled({ label, htmlFor, children }: { label: string; htmlFor: string; children: ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={htmlFor} className="block text-xs font-medium text-slate-600">
        {label}
      </label>
      {children}
    </div>
  );
}

/** The order list's filters, sent as a GET query string so a filtered list can be bookmarked and shared. */
export function OrderFilters({ query, filtered }: { query: OrderListQuery; filtered: boolean }) {
  return (
    <form className="mb-4 grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-7" role="search" aria-label="Filter orders">
      <Labelled label="State" htmlFor="orders-state">
        <Select id="orders-state" name="state" defaultValue={query.state ?? ""}>
          <option value="">All states</option>
          {ORDER_STATES.map((s) => (
            <option key={s} value={s}>
              {s[0]!.toUpperCase() + s.slice(1)}
            </option>
          ))}
        </Select>
      </Labelled>
      <Labelled label="Placed from" htmlFor="orders-from">
        <Input id="orders-from" name="from" type="date" defaultValue={query.from ?? ""} />
      </Labelled>
      <Labelled label="Placed to" htmlFor="orders-to">
        <Input id="orders-to" name="to" type="date" defaultValue={query.to ?? ""} />
      </Labelled>
      <Labelled label="Product" htmlFor="orders-product">
        <Input id="orders-product" name="product" defaultValue={query.product ?? ""} placeholder="Title or SKU" />
      </Labelled>
      <Labelled label="Creator" htmlFor="orders-creator">
        <Input id="orders-creator" name="creator" defaultValue={query.creator ?? ""} placeholder="@handle" />
      </Labelled>
      <Labelled label="Source" htmlFor="orders-source">
        <Select id="orders-source" name="source" defaultValue={query.source ?? ""}>
          <option value="">All sources</option>
          {ORDER_SOURCES.map((s) => (
            <option key={s} value={s}>
              {SOURCE_LABELS[s]}
            </option>
          ))}
        </Select>
      </Labelled>
      <div className="col-span-2 flex items-end gap-2 sm:col-span-3 lg:col-span-1">
        <button type="submit" className={buttonClass({ variant: "secondary" })}>
          Filter
        </button>
        {filtered ? (
          <ButtonLink href="/seller/orders" variant="ghost">
            Clear
          </ButtonLink>
        ) : null}
      </div>
    </form>
  );
}
