"use client";

import { useState, type FormEvent, type ReactNode } from "react";
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

/** One withdrawal as the queue shows it: already formatted on the server, the payout method masked. */
export type QueueRow = {
  id: string;
  creatorName: string;
  creatorEmail: string;
  currency: CurrencyCode;
  amountMinor: number;
  /** formatMoney on the server, e.g. "$40.00". */
  amount: string;
  methodLabel: string;
  methodKind: "bank" | "ewallet";
  requestedAt: string;
  requestedAtIso: string;
  /** When it was approved (processing only). */
  approvedAt?: string;
  approvedAtIso?: string;
};

type Moved = { count: number; selected: number };
type QueueAction = (previous: ActionResult<Moved> | null, formData: FormData) => Promise<ActionResult<Moved>>;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const STAGES: Record<
  "requested" | "processing",
  {
    selectAllLabel: string;
    primary: { action: QueueAction; label: string; busy: string; done: (n: number) => string };
    fail: { action: QueueAction; label: string; busy: string; done: (n: number) => string; confirm: (n: number, total: string) => string };
  }
> = {
  requested: {
    selectAllLabel: "Select all withdrawals waiting for approval",
    primary: {
      action: approveWithdrawalsAction,
      label: "Approve selected",
      busy: "Approving…",
      done: (n) => `${plural(n, "withdrawal")} approved: ${n === 1 ? "it is" : "they are"} in the payout file now.`,
    },
    fail: {
      action: rejectWithdrawalsAction,
      label: "Reject selected",
      busy: "Rejecting…",
      done: (n) => `${plural(n, "withdrawal")} rejected: the money is back in the creator's available balance.`,
      confirm: (n, total) =>
        `Reject ${plural(n, "withdrawal")} (${total})? The money goes back to the creator's available balance and they see your reason. This cannot be undone.`,
    },
  },
  processing: {
    selectAllLabel: "Select all processing withdrawals",
    primary: {
      action: markWithdrawalsPaidAction,
      label: "Mark selected paid",
      busy: "Saving…",
      done: (n) => `${plural(n, "withdrawal")} marked paid.`,
    },
    fail: {
      action: markWithdrawalsFailedAction,
      label: "Mark selected failed",
      busy: "Saving…",
      done: (n) => `${plural(n, "withdrawal")} marked failed: the money is back in the creator's available balance.`,
      confirm: (n, total) =>
        `Mark ${plural(n, "withdrawal")} (${total}) failed? Do this only when the bank returned the transfer: the money goes back to the creator's available balance and they see your reason.`,
    },
  },
};

/** "$40.00 + 250.000 ₫": the selected amounts summed per currency. */
function totalOf(rows: QueueRow[]): string {
  const sums = new Map<CurrencyCode, number>();
  for (const row of rows) sums.set(row.currency, (sums.get(row.currency) ?? 0) + row.amountMinor);
  return [...sums].map(([currency, minor]) => formatMoney(minor, currency)).join(" + ");
}

/** What happened, and how many of the selected ones another admin had already moved. */
function doneMessage(result: Moved, done: (n: number) => string): string {
  const skipped = result.selected - result.count;
  return skipped > 0 ? `${done(result.count)} ${plural(skipped, "other")} had already been handled: refresh to see ${skipped === 1 ? "it" : "them"}.` : done(result.count);
}

/**
 * A queue of withdrawals in one state with a checkbox per row: the next step for the selected ones
 * ("Approve selected", "Mark selected paid") or, with a reason the creator sees and a confirmation,
 * the way out ("Reject selected", "Mark selected failed") that returns the money to their balance.
 */
export function WithdrawalQueue({ stage, rows, empty }: { stage: "requested" | "processing"; rows: QueueRow[]; empty: ReactNode }) {
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
      setReasonError("Give a reason: the creator sees it.");
      return;
    }
    setReasonError(null);
    if (!window.confirm(config.fail.confirm(selected.length, totalOf(selected)))) event.preventDefault();
    else setLast("fail");
  };

  const reasonId = `${stage}-reason`;
  const messages = (
    <>
      {answer?.ok ? <Alert tone="success">{doneMessage(answer.data, (n) => (last === "fail" ? config.fail.done(n) : config.primary.done(n)))}</Alert> : null}
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
  return (
    <div className="space-y-3">
      {messages}

      <Table
        head={[
          <input
            key="all"
            type="checkbox"
            className="size-4 rounded border-slate-300"
            aria-label={config.selectAllLabel}
            checked={allChecked}
            ref={(element) => {
              if (element) element.indeterminate = someChecked;
            }}
            disabled={pending}
            onChange={(event) => setChecked(event.currentTarget.checked ? new Set(rows.map((row) => row.id)) : new Set())}
          />,
          "Creator",
          "Amount",
          "Payout method",
          "Requested",
          ...(stage === "processing" ? ["Approved"] : []),
        ]}
      >
        {rows.map((row) => (
          <tr key={row.id} className={checked.has(row.id) ? "bg-brand-50/50" : "hover:bg-slate-50"}>
            <Td>
              <input
                type="checkbox"
                className="size-4 rounded border-slate-300"
                aria-label={`Select withdrawal of ${row.amount} by ${row.creatorName}`}
                checked={checked.has(row.id)}
                disabled={pending}
                onChange={(event) => toggle(row.id, event.currentTarget.checked)}
              />
            </Td>
            <Td>
              <span className="block max-w-56 truncate font-medium text-slate-900">{row.creatorName}</span>
              <span className="block max-w-56 truncate text-xs text-slate-500">{row.creatorEmail}</span>
            </Td>
            <Td className="tabular-nums font-medium">{row.amount}</Td>
            <Td>
              <span className="font-mono text-xs">{row.methodLabel}</span> <Badge tone={row.methodKind === "bank" ? "blue" : "violet"}>{row.methodKind === "bank" ? "bank" : "e-wallet"}</Badge>
            </Td>
            <Td>
              <time dateTime={row.requestedAtIso}>{row.requestedAt}</time>
            </Td>
            {stage === "processing" ? (
              <Td>{row.approvedAtIso ? <time dateTime={row.approvedAtIso}>{row.approvedAt}</time> : "—"}</Td>
            ) : null}
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
          <Button type="submit" disabled={pending || selected.length === 0}>
            {primaryPending ? config.primary.busy : config.primary.label}
          </Button>
          <span className="text-sm text-slate-600" aria-live="polite">
            {selected.length === 0 ? "Select withdrawals to act on them." : `${plural(selected.length, "withdrawal")} selected: ${totalOf(selected)}`}
          </span>
        </form>

        <form action={failAction} onSubmit={confirmFail} noValidate className="flex w-full flex-col gap-2 sm:flex-row sm:items-end lg:max-w-lg">
          {ids}
          {selected.length > 0 ? (
            <div className="min-w-0 flex-1">
              <Field id={reasonId} label="Reason (the creator sees it)" error={shownReasonError}>
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
            {failPending ? config.fail.busy : config.fail.label}
          </Button>
        </form>
      </div>
    </div>
  );
}
