"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { bulkOrderCommandAction } from "@/app/(seller)/seller/orders/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DateTime, useReaderFormat } from "@/components/ui/formatted";
import { StateBadge } from "@/components/ui/state-badge";
import { Table, Td } from "@/components/ui/table";
import { useFormAction } from "@/components/ui/use-form-action";
import type { CurrencyCode } from "@/lib/money/currencies";

/** One order of the list, as the page read it (db/queries/seller-orders listShopOrders), with its reference. */
export type OrderListRow = {
  id: string;
  reference: string;
  source: "storefront" | "api";
  state: string;
  currency: CurrencyCode;
  buyerName: string | null;
  buyerEmail: string | null;
  items: number;
  totalMinor: number;
  placedAt: Date;
  commissionMinor: number | null;
  creators: string[];
};

type BulkCommand = "ship" | "complete";

/**
 * The shop's orders, one page of them, with a checkbox per order (and one for the whole page) and a
 * bar to ship or complete the checked ones. Each order goes through the same command as on its own
 * page; the answer says how many changed and names those refused (an order in another state).
 */
export function OrderList({ rows }: { rows: OrderListRow[] }) {
  const t = useTranslations("seller.orders");
  const tb = useTranslations("seller.orders.bulk");
  const states = useTranslations("common.states");
  const format = useReaderFormat();
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const form = useFormAction(bulkOrderCommandAction);
  const { state, action, pending } = form;
  const [submitted, setSubmitted] = useState<BulkCommand | null>(null);

  // Rows that left the page (another filter, another page) never count as selected.
  const selected = rows.filter((row) => checked.has(row.id));
  const allChecked = rows.length > 0 && selected.length === rows.length;
  const someChecked = selected.length > 0 && !allChecked;
  const answer = pending ? null : state;
  const stateName = (s: string) => (states.has(s as never) ? states(s as never) : s).toLowerCase();

  const toggle = (id: string, on: boolean) =>
    setChecked((previous) => {
      const next = new Set(previous);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const confirm = (command: BulkCommand) => (event: FormEvent<HTMLFormElement>) => {
    if (!window.confirm(tb(`${command}Confirm`, { count: selected.length }))) event.preventDefault();
    else setSubmitted(command);
  };

  const selectAll = (label?: string) => (
    <input
      key="all"
      type="checkbox"
      className="size-4 rounded border-slate-300 max-sm:size-5"
      aria-label={label}
      checked={allChecked}
      ref={(element) => {
        if (element) element.indeterminate = someChecked;
      }}
      disabled={pending}
      onChange={(event) => setChecked(event.currentTarget.checked ? new Set(rows.map((row) => row.id)) : new Set())}
    />
  );

  const bulkForm = (command: BulkCommand) => (
    <form action={action} onSubmit={confirm(command)}>
      <input type="hidden" name="command" value={command} />
      {selected.map((row) => (
        <input key={row.id} type="hidden" name="ids[]" value={row.id} />
      ))}
      <Button type="submit" variant="secondary" disabled={pending || selected.length === 0} className="max-sm:w-full">
        {pending && submitted === command ? tb(`${command}Busy`) : tb(command)}
      </Button>
    </form>
  );

  return (
    <div className="space-y-3">
      {answer && !answer.ok ? <Alert tone="error">{answer.fieldErrors.ids ?? answer.error}</Alert> : null}
      {answer?.ok ? (
        <Alert tone={answer.data.refused.length ? "warning" : "success"}>
          <p>{tb(`${answer.data.command}Done`, { count: answer.data.changed.length })}</p>
          {answer.data.refused.length ? (
            <>
              <p className="mt-1">{tb("refused", { count: answer.data.refused.length })}</p>
              <ul className="mt-1 list-disc pl-5">
                {answer.data.refused.map((r) => (
                  <li key={r.orderId}>{r.reference && r.state ? tb(`${answer.data.command}Refused`, { reference: r.reference, state: stateName(r.state) }) : tb("missing")}</li>
                ))}
              </ul>
            </>
          ) : null}
        </Alert>
      ) : null}

      <div className="flex flex-col gap-3 rounded-lg bg-slate-50 p-3 ring-1 ring-slate-200 sm:flex-row sm:flex-wrap sm:items-center" role="group" aria-label={tb("label")}>
        <label className="flex min-h-11 items-center gap-3 text-sm font-medium text-slate-700 sm:hidden">
          {selectAll()}
          {tb("selectAll")}
        </label>
        <span className="text-sm text-slate-600" aria-live="polite">
          {selected.length === 0 ? tb("noneSelected") : tb("selected", { count: selected.length })}
        </span>
        <div className="grid gap-2 sm:ml-auto sm:flex">
          {bulkForm("ship")}
          {bulkForm("complete")}
        </div>
      </div>

      <Table head={[selectAll(tb("selectPage")), t("order"), t("placed"), t("buyer"), t("items"), t("total"), t("state"), t("commission"), t("creators")]}>
        {rows.map((o) => (
          <tr key={o.id} className={checked.has(o.id) ? "bg-brand-50/50" : "hover:bg-slate-50"}>
            {/* On a phone the checkbox floats at the card's top right, with a 44 px tap area. */}
            <Td className="max-sm:float-right max-sm:-mt-2 max-sm:-mr-2">
              <label className="inline-flex items-center justify-center max-sm:size-11">
                <input
                  type="checkbox"
                  className="size-4 rounded border-slate-300 max-sm:size-5"
                  aria-label={tb("selectOne", { reference: o.reference })}
                  checked={checked.has(o.id)}
                  disabled={pending}
                  onChange={(event) => toggle(o.id, event.currentTarget.checked)}
                />
              </label>
            </Td>
            <Td>
              <Link href={`/seller/orders/${o.id}`} className="font-mono font-medium break-all text-slate-900 hover:underline max-sm:inline-flex max-sm:min-h-11 max-sm:items-center">
                {o.reference}
              </Link>
              {o.source === "api" ? <span className="ml-2 text-xs text-slate-500">{t("api")}</span> : null}
            </Td>
            <Td label={t("placed")}>
              <DateTime at={o.placedAt} />
            </Td>
            <Td label={t("buyer")}>
              <span className="min-w-0">
                <span className="block break-words sm:max-w-48 sm:truncate">{o.buyerName ?? "—"}</span>
                {o.buyerEmail ? <span className="block text-xs break-all text-slate-500 sm:max-w-48 sm:truncate">{o.buyerEmail}</span> : null}
              </span>
            </Td>
            <Td label={t("items")} className="tabular-nums">
              {format.number(o.items)}
            </Td>
            <Td label={t("total")} className="tabular-nums">
              {format.money(o.totalMinor, o.currency)}
            </Td>
            <Td label={t("state")}>
              <StateBadge state={o.state} />
            </Td>
            <Td label={t("commission")} className="tabular-nums">
              {o.commissionMinor === null ? "—" : format.money(o.commissionMinor, o.currency)}
            </Td>
            <Td label={t("creators")}>
              {o.creators.length ? <span className="min-w-0 break-all">{o.creators.map((h) => `@${h}`).join(", ")}</span> : <span className="text-slate-500">—</span>}
            </Td>
          </tr>
        ))}
      </Table>
    </div>
  );
}
