"use client";

import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Input } from "@/components/ui/input";
import { cn } from "@/components/ui/cn";
import type { PickerProduct } from "@/lib/plans/picker-products";

export type { PickerProduct };

export type PickerRow = { included: boolean; rate: string; fee: string };

/**
 * The product part of a plan or campaign form: the shop's products with a tick box, a rate and a
 * flat fee each (include_<id>, rate_<id>, fee_<id>). It opens with the first products by title and
 * the ones already in the plan; a search asks the server (a shop may have 10,000 products) and adds
 * what it finds. Rows are only hidden, never dropped, so what was typed in them is still sent; rows
 * with a message always stay visible.
 */
export function RewardPicker({
  products,
  initial,
  values,
  errors,
  currency,
  rateLabel,
  locked = [],
}: {
  products: PickerProduct[];
  initial: Record<string, PickerRow>;
  /** What the seller sent last time, when it was refused. */
  values: Record<string, string> | null;
  errors: Record<string, string>;
  currency: string;
  rateLabel: string;
  /** Products that must stay in (a published plan keeps them): ticked and fixed. */
  locked?: string[];
}) {
  const t = useTranslations("seller.plans.picker");
  const [query, setQuery] = useState("");
  const [known, setKnown] = useState(products);
  const [searching, setSearching] = useState(false);
  const table = useRef<HTMLDivElement>(null);
  const row = (id: string): PickerRow =>
    values ? { included: values[`include_${id}`] === "on", rate: values[`rate_${id}`] ?? "", fee: values[`fee_${id}`] ?? "" } : (initial[id] ?? { included: false, rate: "", fee: "" });
  const [selected, setSelected] = useState(() => products.filter((p) => row(p.id).included || locked.includes(p.id)).length);
  const recount = () => setSelected(table.current?.querySelectorAll('input[type="checkbox"][name^="include_"]:checked').length ?? 0);
  const needle = query.trim().toLowerCase();

  useEffect(() => {
    if (!needle) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setSearching(true);
      try {
        const response = await fetch(`/seller/products/picker?q=${encodeURIComponent(needle)}`, { signal: controller.signal });
        if (!response.ok) return;
        const { products: found } = (await response.json()) as { products: PickerProduct[] };
        setKnown((current) => {
          const ids = new Set(current.map((p) => p.id));
          return [...current, ...found.filter((p) => !ids.has(p.id))];
        });
      } catch {
        // An aborted or failed search leaves the rows already known.
      } finally {
        if (!controller.signal.aborted) setSearching(false);
      }
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [needle]);

  if (known.length === 0) {
    return <p className="text-sm text-slate-600">{t("noProducts")}</p>;
  }
  return (
    <div className="space-y-3">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
        <Input
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter") event.preventDefault();
          }}
          placeholder={t("search")}
          aria-label={t("search")}
          className="max-sm:min-h-11 sm:max-w-xs"
        />
        <p className="text-sm text-slate-600" aria-live="polite">
          {searching ? t("searching") : ""}
          {t("selected", { count: selected })}
        </p>
      </div>
      {errors.products ? (
        <p className="text-sm text-red-600" role="alert">
          {errors.products}
        </p>
      ) : null}
      {/* On a phone each row stacks: product, open plan, then the two inputs side by side. */}
      <div ref={table} onChange={recount} className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
        <table className="min-w-full divide-y divide-slate-200 text-sm max-sm:block">
          <thead className="bg-slate-50 max-sm:hidden">
            <tr>
              <th scope="col" className="px-3 py-2.5 text-left font-medium text-slate-600">
                <span className="sr-only">{t("include")}</span>
              </th>
              <th scope="col" className="px-3 py-2.5 text-left font-medium text-slate-600">
                {t("product")}
              </th>
              <th scope="col" className="px-3 py-2.5 text-left font-medium text-slate-600">
                {t("openPlan")}
              </th>
              <th scope="col" className="px-3 py-2.5 text-left font-medium text-slate-600">
                {rateLabel}
              </th>
              <th scope="col" className="px-3 py-2.5 text-left font-medium text-slate-600">
                {t("flatFee", { currency })}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 max-sm:block">
            {known.map((product) => {
              const current = row(product.id);
              const isLocked = locked.includes(product.id);
              const rateError = errors[`rate_${product.id}`];
              const feeError = errors[`fee_${product.id}`];
              const visible = !needle || product.title.toLowerCase().includes(needle) || !!rateError || !!feeError;
              const canAdd = !product.unavailable || current.included || isLocked;
              return (
                <tr key={product.id} hidden={!visible} className={cn("max-sm:grid max-sm:grid-cols-[2.25rem_minmax(0,1fr)_minmax(0,1fr)] max-sm:gap-x-2 max-sm:px-3 max-sm:py-2", rateError || feeError ? "bg-red-50/50" : undefined)}>
                  <td className="px-3 py-2 align-top max-sm:row-span-3 max-sm:p-0">
                    {canAdd ? (
                      <>
                        <input
                          type="checkbox"
                          name={isLocked ? undefined : `include_${product.id}`}
                          defaultChecked={current.included || isLocked}
                          disabled={isLocked}
                          aria-label={t("includeProduct", { title: product.title })}
                          className="mt-2 size-4 accent-brand-600 max-sm:mt-1 max-sm:size-6"
                        />
                        {isLocked ? <input type="hidden" name={`include_${product.id}`} value="on" /> : null}
                      </>
                    ) : null}
                  </td>
                  <td className="px-3 py-2 align-top max-sm:col-span-2 max-sm:p-0">
                    <div className="flex items-center gap-3 sm:min-w-48">
                      {product.imageUrl ? (
                        // eslint-disable-next-line @next/next/no-img-element -- app-served media, already sized
                        <img src={product.imageUrl} alt="" width={36} height={36} className="size-9 shrink-0 rounded object-cover" loading="lazy" />
                      ) : (
                        <span className="size-9 shrink-0 rounded bg-slate-100" />
                      )}
                      <span className="min-w-0">
                        <span className="block break-words font-medium text-slate-900">{product.title}</span>
                        <span className="block text-xs text-slate-500">{product.price}</span>
                      </span>
                    </div>
                  </td>
                  <td className="px-3 py-2 align-top text-slate-700 max-sm:col-span-2 max-sm:p-0 max-sm:text-xs sm:whitespace-nowrap">
                    <span className="block sm:mt-2">
                      <span className="sm:hidden">{t("openPlanLabel")}</span>
                      {product.unavailable ?? product.openPlan}
                    </span>
                  </td>
                  <td className="min-w-0 px-3 py-2 align-top max-sm:p-0">
                    {canAdd ? (
                      <RowInput name={`rate_${product.id}`} label={t("rateFor", { rate: rateLabel, title: product.title })} shortLabel={t("rateShort")} defaultValue={current.rate} error={rateError} placeholder={t("ratePlaceholder")} />
                    ) : null}
                  </td>
                  <td className="min-w-0 px-3 py-2 align-top max-sm:p-0">
                    {canAdd ? (
                      <RowInput name={`fee_${product.id}`} label={t("feeFor", { title: product.title })} shortLabel={t("feeShort", { currency })} defaultValue={current.fee} error={feeError} placeholder={t("optional")} />
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="text-xs text-slate-500">
        {t("note")}
      </p>
    </div>
  );
}

function RowInput({ name, label, shortLabel, defaultValue, error, placeholder }: { name: string; label: string; shortLabel: string; defaultValue: string; error?: string; placeholder: string }) {
  return (
    <div className="space-y-1 sm:w-32">
      {/* The column headings are hidden on a phone; the input keeps its full aria-label. */}
      <span className="mt-1 block text-xs text-slate-500 sm:hidden" aria-hidden="true">
        {shortLabel}
      </span>
      <Input name={name} id={name} inputMode="decimal" defaultValue={defaultValue} placeholder={placeholder} aria-label={label} invalid={!!error} aria-describedby={error ? `${name}-error` : undefined} />
      {error ? (
        <p id={`${name}-error`} className="break-words text-xs text-red-600 sm:w-56" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
