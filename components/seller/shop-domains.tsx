"use client";

import { useTranslations } from "next-intl";
import { addShopDomainAction, checkShopDomainAction, removeShopDomainAction } from "@/app/(seller)/seller/shop/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { Field, Input } from "@/components/ui/input";
import { StateBadge } from "@/components/ui/state-badge";
import { useFormAction } from "@/components/ui/use-form-action";

export type ShopDomainView = {
  id: string;
  domain: string;
  token: string;
  state: "pending" | "verified" | "revoked";
  /** Already formatted on the server, so the page reads the same before and after hydration. */
  verified: string | null;
  checked: string | null;
  lastError: string | null;
  revoked: string | null;
  revokedReason: string | null;
};

const FILE_PATH = "/.well-known/linkshare-verify.txt";

/** The shop's web domains: add one, prove it is yours (DNS or a file), check, remove. */
export function ShopDomains({ domains }: { domains: ShopDomainView[] }) {
  const t = useTranslations("seller.shop.domains");
  return (
    <div className="space-y-4">
      <AddDomainForm />
      {domains.length === 0 ? (
        <p className="text-sm text-slate-600">{t("none")}</p>
      ) : (
        <ul className="space-y-3" aria-label={t("list")}>
          {domains.map((d) => (
            <DomainItem key={d.id} domain={d} />
          ))}
        </ul>
      )}
    </div>
  );
}

function AddDomainForm() {
  const t = useTranslations("seller.shop.domains");
  const form = useFormAction(addShopDomainAction);
  const { state, pending, failed } = form;
  return (
    <form action={form.action} className="space-y-3" noValidate>
      {state?.ok ? <Alert tone="success">{t("added", { domain: state.data.domain })}</Alert> : null}
      {failed && !failed.fieldErrors.domain ? <Alert tone="error">{failed.error}</Alert> : null}
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <div className="min-w-0 flex-1">
          <Field id="domain" label={t("add")} error={failed?.fieldErrors.domain} hint={t("addHint")}>
            <Input id="domain" name="domain" defaultValue={form.value("domain")} invalid={!!failed?.fieldErrors.domain} autoComplete="off" />
          </Field>
        </div>
        <Button type="submit" disabled={pending} className="max-sm:min-h-11 sm:mb-6">
          {pending ? t("adding") : t("addButton")}
        </Button>
      </div>
    </form>
  );
}

function DomainItem({ domain: d }: { domain: ShopDomainView }) {
  const t = useTranslations("seller.shop.domains");
  const { state: checked, action: check, pending: checking } = useFormAction(checkShopDomainAction);
  const { state: removed, action: remove, pending: removing } = useFormAction(removeShopDomainAction);
  return (
    <li className="rounded-lg p-4 ring-1 ring-slate-200">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="break-all font-medium text-slate-900">{d.domain}</p>
        <StateBadge state={d.state} />
      </div>
      {d.state === "verified" ? <p className="mt-1 text-sm text-slate-600">{t("verified", { when: d.verified ?? "" })}</p> : null}
      {d.state === "revoked" ? (
        <div className="mt-2">
          <Alert tone="error">
            {t("revoked", { when: d.revoked ?? "", reason: d.revokedReason ?? "" })}
          </Alert>
        </div>
      ) : null}
      {d.state === "pending" ? (
        <div className="mt-2 space-y-3 text-sm text-slate-700">
          <p>{t("pending")}</p>
          <ol className="list-decimal space-y-3 pl-5">
            <li>
              {t("dnsBefore")} <strong>TXT</strong> {t("dnsMiddle")} <code className="break-all">_linkshare.{d.domain}</code> {t("dnsAfter")}
              <span className="mt-1 flex flex-wrap items-center gap-2">
                <code className="break-all rounded bg-slate-100 px-2 py-1">linkshare-verify={d.token}</code>
                <CopyButton text={`linkshare-verify=${d.token}`} copiedText={t("recordCopied")} buttonText={t("copy")} accessibleName={t("copyRecord", { domain: d.domain })} size="sm" />
              </span>
            </li>
            <li>
              {t("fileBefore")} <code className="break-all">https://{d.domain}{FILE_PATH}</code> {t("fileAfter")}
              <span className="mt-1 flex flex-wrap items-center gap-2">
                <code className="break-all rounded bg-slate-100 px-2 py-1">{d.token}</code>
                <CopyButton text={d.token} copiedText={t("tokenCopied")} buttonText={t("copy")} accessibleName={t("copyToken", { domain: d.domain })} size="sm" />
              </span>
            </li>
          </ol>
          {d.checked ? (
            <p className="break-words text-slate-600">{d.lastError ? t("lastCheckedError", { when: d.checked, error: d.lastError }) : t("lastChecked", { when: d.checked })}</p>
          ) : (
            <p className="text-slate-600">{t("notChecked")}</p>
          )}
        </div>
      ) : null}
      {checked && !checked.ok ? (
        <div className="mt-2">
          <Alert tone="error">{checked.error}</Alert>
        </div>
      ) : null}
      {checked?.ok && !checked.data.verified && checked.data.error ? (
        <div className="mt-2">
          <Alert tone="warning">{t("notVerified", { error: checked.data.error })}</Alert>
        </div>
      ) : null}
      {checked?.ok && checked.data.verified ? (
        <div className="mt-2">
          <Alert tone="success">{t("isVerified", { domain: d.domain })}</Alert>
        </div>
      ) : null}
      {removed && !removed.ok ? (
        <div className="mt-2">
          <Alert tone="error">{removed.error}</Alert>
        </div>
      ) : null}
      <div className="mt-3 flex flex-wrap gap-2">
        {d.state === "pending" ? (
          <form action={check}>
            <input type="hidden" name="domainId" value={d.id} />
            <Button type="submit" size="sm" disabled={checking}>
              {checking ? t("checking") : t("check")}
            </Button>
          </form>
        ) : null}
        {d.state !== "revoked" ? (
          <form
            action={remove}
            onSubmit={(event) => {
              if (!window.confirm(t("removeConfirm", { domain: d.domain }))) event.preventDefault();
            }}
          >
            <input type="hidden" name="domainId" value={d.id} />
            <Button type="submit" size="sm" variant="danger" disabled={removing}>
              {removing ? t("removing") : t("remove")}
            </Button>
          </form>
        ) : null}
      </div>
    </li>
  );
}
