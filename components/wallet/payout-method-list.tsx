"use client";

import { useTranslations } from "next-intl";
import { deletePayoutMethodAction, setDefaultPayoutMethodAction } from "@/app/(creator)/creator/wallet/actions";
import { Alert, Badge } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useFormAction } from "@/components/ui/use-form-action";

type Method = { id: string; kind: "bank" | "ewallet"; label: string; isDefault: boolean };

/** The creator's payout methods, masked; make one the default or remove one (asked twice). */
export function PayoutMethodList({ methods }: { methods: Method[] }) {
  const t = useTranslations("creator.methodList");
  const { state: defaultState, action: makeDefault, pending: settingDefault } = useFormAction(setDefaultPayoutMethodAction);
  const { state: deleteState, action: remove, pending: removing } = useFormAction(deletePayoutMethodAction);
  const failed = [defaultState, deleteState].find((s) => s && !s.ok);
  return (
    <div className="space-y-3">
      {failed && !failed.ok ? <Alert tone="error">{failed.error}</Alert> : null}
      <ul className="divide-y divide-slate-200 rounded-md ring-1 ring-slate-200" aria-label={t("label")}>
        {methods.map((m) => (
          <li key={m.id} className="flex flex-wrap items-center justify-between gap-3 p-3">
            <span className="flex min-w-0 flex-wrap items-center gap-2">
              <span className="break-all font-medium text-slate-900">{m.label}</span>
              <span className="text-xs text-slate-500">{t(m.kind)}</span>
              {m.isDefault ? <Badge tone="green">{t("default")}</Badge> : null}
            </span>
            <span className="flex gap-2">
              {!m.isDefault ? (
                <form action={makeDefault}>
                  <input type="hidden" name="methodId" value={m.id} />
                  <Button type="submit" size="sm" variant="secondary" disabled={settingDefault} aria-label={t("makeDefaultFor", { label: m.label })}>
                    {t("makeDefault")}
                  </Button>
                </form>
              ) : null}
              <form
                action={remove}
                onSubmit={(event) => {
                  if (!window.confirm(t("confirmRemove", { label: m.label }))) event.preventDefault();
                }}
              >
                <input type="hidden" name="methodId" value={m.id} />
                <Button type="submit" size="sm" variant="danger" disabled={removing} aria-label={t("removeFor", { label: m.label })}>
                  {t("remove")}
                </Button>
              </form>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
