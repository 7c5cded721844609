"use client";

import { deletePayoutMethodAction, setDefaultPayoutMethodAction } from "@/app/(creator)/creator/wallet/actions";
import { Alert, Badge } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useFormAction } from "@/components/ui/use-form-action";

type Method = { id: string; kind: "bank" | "ewallet"; label: string; isDefault: boolean };

/** The creator's payout methods, masked; make one the default or remove one (asked twice). */
export function PayoutMethodList({ methods }: { methods: Method[] }) {
  const { state: defaultState, action: makeDefault, pending: settingDefault } = useFormAction(setDefaultPayoutMethodAction);
  const { state: deleteState, action: remove, pending: removing } = useFormAction(deletePayoutMethodAction);
  const failed = [defaultState, deleteState].find((s) => s && !s.ok);
  return (
    <div className="space-y-3">
      {failed && !failed.ok ? <Alert tone="error">{failed.error}</Alert> : null}
      <ul className="divide-y divide-slate-200 rounded-md ring-1 ring-slate-200" aria-label="Your payout methods">
        {methods.map((m) => (
          <li key={m.id} className="flex flex-wrap items-center justify-between gap-3 p-3">
            <span className="flex items-center gap-2">
              <span className="font-medium text-slate-900">{m.label}</span>
              <span className="text-xs text-slate-500">{m.kind === "bank" ? "Bank account" : "E-wallet"}</span>
              {m.isDefault ? <Badge tone="green">Default</Badge> : null}
            </span>
            <span className="flex gap-2">
              {!m.isDefault ? (
                <form action={makeDefault}>
                  <input type="hidden" name="methodId" value={m.id} />
                  <Button type="submit" size="sm" variant="secondary" disabled={settingDefault} aria-label={`Make ${m.label} the default`}>
                    Make default
                  </Button>
                </form>
              ) : null}
              <form
                action={remove}
                onSubmit={(event) => {
                  if (!window.confirm(`Remove ${m.label}? Withdrawals already paid to it stay in your history.`)) event.preventDefault();
                }}
              >
                <input type="hidden" name="methodId" value={m.id} />
                <Button type="submit" size="sm" variant="danger" disabled={removing} aria-label={`Remove ${m.label}`}>
                  Remove
                </Button>
              </form>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
