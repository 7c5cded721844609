"use client";

import { useState, type FormEvent, type ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import {
  approveWithdrawalsAction,
  markWithdrawalsFailedAction,
  markWithdrawalsPaidAction,
  rejectWithdrawalsAction,
} from "@/app/(admin)/admin/payouts/actions";
import { Alert, Badge } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/input";
import { Table, Td } from "@/components/ui/table";
import { Textarea } from "@/components/ui/textarea";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionResult } from "@/lib/actions/result";
import { formatMoney, type CurrencyCode } from "@/lib/money";

/** A moment formatted on the server in the reader's language and zone, with its UTC instant for the tooltip. */
export type QueueMoment = { text: string; utc: string; iso: string };

/** One withdrawal as the queue shows it: already formatted on the server, the payout method masked. */
export type QueueRow = {
  id: string;
  creatorName: string;
  creatorEmail: string;
  currency: CurrencyCode;
  amountMinor: number;
  /** Formatted on the server in the reader's language, e.g. "$40.00". */
  amount: string;
  methodLabel: string;
  methodKind: "bank" | "ewallet";
  requestedAt: QueueMoment;
  /** When it was approved (processing only). */
  approvedAt?: QueueMoment;
};

type Moved = { count: number; selected: number };
type QueueAction = (previous: ActionResult<Moved> | null, formData: FormData) => Promise<ActionResult<Moved>>;

/** Each stage's actions and the admin.queue messages that go with them. */
const STAGES = {
  requested: {
    selectAll: "selectAllRequested",
    primary: { action: approveWithdrawalsAction, label: "approve", busy: "approving", done: "approved" },
    fail: { action: rejectWithdrawalsAction, label: "reject", busy: "rejecting", done: "rejected", confirm: "rejectConfirm" },
  },
  processing: {
    selectAll: "selectAllProcessing",
    primary: { action: markWithdrawalsPaidAction, label: "markPaid", busy: "saving", done: "paid" },
    fail: { action: markWithdrawalsFailedAction, label: "markFailed", busy: "saving", done: "failed", confirm: "failConfirm" },
  },
} as const satisfies Record<
  "requested" | "processing",
  { selectAll: string; primary: { action: QueueAction; label: string; busy: string; done: string }; fail: { action: QueueAction; label: string; busy: string; done: string; confirm: string } }
>;

/** "$40.00 + 250.000 ₫": the selected amounts summed per currency, in the reader's language. */
function totalOf(rows: QueueRow[], locale: string): string {
  const sums = new Map<CurrencyCode, number>();
  for (const row of rows) sums.set(row.currency, (sums.get(row.currency) ?? 0) + row.amountMinor);
  return [...sums].map(([currency, minor]) => formatMoney(minor, currency, locale)).join(" + ");
}

function Moment({ at }: { at: QueueMoment }) {
  return (
    <time dateTime={at.iso} title={at.utc}>
      {at.text}
    </time>
  );
}

/**
 * A queue of withdrawals in one state with a checkbox per row: the next step for the selected ones
 * ("Approve selected", "Mark selected paid") or, with a reason the creator sees and a confirmation,
 * the way out ("Reject selected", "Mark selected failed") that returns the money to their balance.
 */
export function WithdrawalQueue({ stage, rows, empty }: { stage: "requested" | "processing"; rows: QueueRow[]; empty: ReactNode }) {
  const t = useTranslations("admin.queue");
  const tc = useTranslations("admin.payouts");
  const locale = useLocale();
  const config = STAGES[stage];
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [last, setLast] = useState<"primary" | "fail" | null>(null);

  const { state: primaryState, action: primaryAction, pending: primaryPending } = useFormAction(async (previous: ActionResult<Moved> | null, formData: FormData) => {
    const result = await config.primary.action(previous, formData);
    if (result.ok) setChecked(new Set());
    return result;
  });
  const { state: failState, action: failAction, pending: failPending } = useFormAction(async (previous: ActionResult<Moved> | null, formData: FormData) => {
    const result = await config.fail.action(previous, formData);
    if (result.ok) {
      setChecked(new Set());
      setReason("");
    }
    return result;
  });

  const pending = primaryPending || failPending;
  // Rows another admin moved disappear on refresh; a selection only ever counts rows still shown.
  const selected = rows.filter((row) => checked.has(row.id));
  const allChecked = rows.length > 0 && selected.length === rows.length;
  const someChecked = selected.length > 0 && !allChecked;

  const answer = pending ? null : last === "primary" ? primaryState : last === "fail" ? failState : null;
  const failed = answer && !answer.ok ? answer : null;
  const shownReasonError = reasonError ?? (last === "fail" && failed ? failed.fieldErrors.reason : undefined);

  const toggle = (id: string, on: boolean) =>
    setChecked((previous) => {
      const next = new Set(previous);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const ids = selected.map((row) => <input key={row.id} type="hidden" name="ids[]" value={row.id} />);

  const confirmFail = (event: FormEvent<HTMLFormElement>) => {
    if (!reason.trim()) {
      event.preventDefault();
      setReasonError(t("reasonRequired"));
      return;
    }
    setReasonError(null);
    if (!window.confirm(t(config.fail.confirm, { count: selected.length, total: totalOf(selected, locale) }))) event.preventDefault();
    else setLast("fail");
  };

  /** What happened, and how many of the selected ones another admin had already moved. */
  const doneMessage = (result: Moved) => {
    const done = t(last === "fail" ? config.fail.done : config.primary.done, { count: result.count });
    const skipped = result.selected - result.count;
    return skipped > 0 ? `${done} ${t("skipped", { count: skipped })}` : done;
  };

  const reasonId = `${stage}-reason`;
  const messages = (
    <>
      {answer?.ok ? <Alert tone="success">{doneMessage(answer.data)}</Alert> : null}
      {failed && !(last === "fail" && failed.fieldErrors.reason) ? <Alert tone="error">{failed.fieldErrors.ids ?? failed.error}</Alert> : null}
    </>
  );
  // The last answer stays on screen when it emptied the queue.
  if (rows.length === 0) {
    return (
      <div className="space-y-3">
        {messages}
        {empty}
      </div>
    );
  }
  // One control for the table's head (from sm) and the bar over the cards (phones, where the head is hidden).
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

  return (
    <div className="space-y-3">
      {messages}

      <label className="flex min-h-11 items-center gap-3 px-4 text-sm font-medium text-slate-700 sm:hidden">
        {selectAll()}
        {t("selectAll")}
      </label>

      <Table
        head={[
          selectAll(t(config.selectAll)),
          tc("columns.creator"),
          tc("columns.amount"),
          tc("columns.method"),
          tc("columns.requested"),
          ...(stage === "processing" ? [tc("columns.approved")] : []),
        ]}
      >
        {rows.map((row) => (
          <tr key={row.id} className={checked.has(row.id) ? "bg-brand-50/50" : "hover:bg-slate-50"}>
            {/* On a phone the checkbox floats at the card's top right, with a 44 px tap area. */}
            <Td className="max-sm:float-right max-sm:-mr-2 max-sm:-mt-2">
              <label className="inline-flex items-center justify-center max-sm:size-11">
                <input
                  type="checkbox"
                  className="size-4 rounded border-slate-300 max-sm:size-5"
                  aria-label={t("selectOne", { amount: row.amount, name: row.creatorName })}
                  checked={checked.has(row.id)}
                  disabled={pending}
                  onChange={(event) => toggle(row.id, event.currentTarget.checked)}
                />
              </label>
            </Td>
            <Td>
              <span className="block truncate font-medium text-slate-900 sm:max-w-56">{row.creatorName}</span>
              <span className="block break-all text-xs text-slate-500 sm:max-w-56 sm:truncate">{row.creatorEmail}</span>
            </Td>
            <Td label={tc("columns.amount")} className="tabular-nums font-medium">
              {row.amount}
            </Td>
            <Td label={tc("columns.method")}>
              <span className="break-words font-mono text-xs">{row.methodLabel}</span>{" "}
              <Badge tone={row.methodKind === "bank" ? "blue" : "violet"}>{tc(`methodKinds.${row.methodKind}`)}</Badge>
            </Td>
            <Td label={tc("columns.requested")}>
              <Moment at={row.requestedAt} />
            </Td>
            {stage === "processing" ? <Td label={tc("columns.approved")}>{row.approvedAt ? <Moment at={row.approvedAt} /> : "—"}</Td> : null}
          </tr>
        ))}
      </Table>

      <div className="flex flex-col gap-4 rounded-lg bg-slate-50 p-4 ring-1 ring-slate-200 lg:flex-row lg:items-start lg:justify-between">
        <form
          action={primaryAction}
          onSubmit={() => setLast("primary")}
          className="flex flex-wrap items-center gap-3"
        >
          {ids}
          <Button type="submit" disabled={pending || selected.length === 0} className="max-sm:w-full">
            {primaryPending ? t(config.primary.busy) : t(config.primary.label)}
          </Button>
          <span className="text-sm text-slate-600" aria-live="polite">
            {selected.length === 0 ? t("noneSelected") : t("selected", { count: selected.length, total: totalOf(selected, locale) })}
          </span>
        </form>

        <form action={failAction} onSubmit={confirmFail} noValidate className="flex w-full flex-col gap-2 sm:flex-row sm:items-end lg:max-w-lg">
          {ids}
          {selected.length > 0 ? (
            <div className="min-w-0 flex-1">
              <Field id={reasonId} label={t("reason")} error={shownReasonError}>
                <Textarea
                  id={reasonId}
                  name="reason"
                  rows={2}
                  maxLength={500}
                  value={reason}
                  invalid={!!shownReasonError}
                  disabled={pending}
                  onChange={(event) => {
                    setReason(event.currentTarget.value);
                    if (reasonError) setReasonError(null);
                  }}
                />
              </Field>
            </div>
          ) : null}
          <Button type="submit" variant="danger" disabled={pending || selected.length === 0} className="shrink-0">
            {failPending ? t(config.fail.busy) : t(config.fail.label)}
          </Button>
        </form>
      </div>
    </div>
  );
}
