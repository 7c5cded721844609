"use client";

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
  return (
    <div className="space-y-4">
      <AddDomainForm />
      {domains.length === 0 ? (
        <p className="text-sm text-slate-600">No domains yet. Add the domain of your own shop site to link products sold there.</p>
      ) : (
        <ul className="space-y-3" aria-label="Your domains">
          {domains.map((d) => (
            <DomainItem key={d.id} domain={d} />
          ))}
        </ul>
      )}
    </div>
  );
}

function AddDomainForm() {
  const form = useFormAction(addShopDomainAction);
  const { state, pending, failed } = form;
  return (
    <form action={form.action} className="space-y-3" noValidate>
      {state?.ok ? <Alert tone="success">{state.data.domain} added. Publish its token below, then check it.</Alert> : null}
      {failed && !failed.fieldErrors.domain ? <Alert tone="error">{failed.error}</Alert> : null}
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <div className="min-w-0 flex-1">
          <Field id="domain" label="Add a domain" error={failed?.fieldErrors.domain} hint="Like shop.example.com. Subdomains are covered too.">
            <Input id="domain" name="domain" defaultValue={form.value("domain")} invalid={!!failed?.fieldErrors.domain} autoComplete="off" />
          </Field>
        </div>
        <Button type="submit" disabled={pending} className="sm:mb-6">
          {pending ? "Adding…" : "Add domain"}
        </Button>
      </div>
    </form>
  );
}

function DomainItem({ domain: d }: { domain: ShopDomainView }) {
  const { state: checked, action: check, pending: checking } = useFormAction(checkShopDomainAction);
  const { state: removed, action: remove, pending: removing } = useFormAction(removeShopDomainAction);
  return (
    <li className="rounded-lg p-4 ring-1 ring-slate-200">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="break-all font-medium text-slate-900">{d.domain}</p>
        <StateBadge state={d.state} />
      </div>
      {d.state === "verified" ? <p className="mt-1 text-sm text-slate-600">Verified {d.verified}. Products may link to pages on it.</p> : null}
      {d.state === "revoked" ? (
        <div className="mt-2">
          <Alert tone="error">
            Revoked by the platform {d.revoked}: {d.revokedReason}. Links to products on it open their page here instead.
          </Alert>
        </div>
      ) : null}
      {d.state === "pending" ? (
        <div className="mt-2 space-y-3 text-sm text-slate-700">
          <p>Not verified yet: products cannot link to it. Prove it is yours in one of two ways:</p>
          <ol className="list-decimal space-y-3 pl-5">
            <li>
              Add a DNS <strong>TXT</strong> record named <code className="break-all">_linkshare.{d.domain}</code> with the value
              <span className="mt-1 flex flex-wrap items-center gap-2">
                <code className="break-all rounded bg-slate-100 px-2 py-1">linkshare-verify={d.token}</code>
                <CopyButton text={`linkshare-verify=${d.token}`} copiedText="Record copied" buttonText="Copy" accessibleName={`Copy the TXT record for ${d.domain}`} size="sm" />
              </span>
            </li>
            <li>
              Or serve a file at <code className="break-all">https://{d.domain}{FILE_PATH}</code> that contains only
              <span className="mt-1 flex flex-wrap items-center gap-2">
                <code className="break-all rounded bg-slate-100 px-2 py-1">{d.token}</code>
                <CopyButton text={d.token} copiedText="Token copied" buttonText="Copy" accessibleName={`Copy the token for ${d.domain}`} size="sm" />
              </span>
            </li>
          </ol>
          {d.checked ? (
            <p className="text-slate-600">
              Last checked {d.checked}
              {d.lastError ? `: ${d.lastError}` : "."}
            </p>
          ) : (
            <p className="text-slate-600">Not checked yet. We also check pending domains from time to time.</p>
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
          <Alert tone="warning">Not verified: {checked.data.error}</Alert>
        </div>
      ) : null}
      {checked?.ok && checked.data.verified ? (
        <div className="mt-2">
          <Alert tone="success">{d.domain} is verified.</Alert>
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
              {checking ? "Checking…" : "Check now"}
            </Button>
          </form>
        ) : null}
        {d.state !== "revoked" ? (
          <form
            action={remove}
            onSubmit={(event) => {
              if (!window.confirm(`Remove ${d.domain}? Links to products on it will open their page here instead, and you would have to verify it again.`)) event.preventDefault();
            }}
          >
            <input type="hidden" name="domainId" value={d.id} />
            <Button type="submit" size="sm" variant="danger" disabled={removing}>
              {removing ? "Removing…" : "Remove"}
            </Button>
          </form>
        ) : null}
      </div>
    </li>
  );
}
