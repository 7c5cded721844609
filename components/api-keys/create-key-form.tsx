"use client";

import { useState } from "react";
import { createApiKeyAction, type CreatedKeyReveal } from "@/app/(seller)/seller/api-keys/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/input";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionResult } from "@/lib/actions/result";
import { CopyButton } from "@/components/ui/copy-button";

/** Names a new key; once created, shows the key and its signing secret this one time. */
export function CreateKeyForm() {
  // Kept apart from the form's last answer: a refused second try must not hide a key not yet copied.
  const [created, setCreated] = useState<CreatedKeyReveal | null>(null);
  const form = useFormAction(async (previous: ActionResult<CreatedKeyReveal> | null, formData: FormData) => {
    const result = await createApiKeyAction(previous, formData);
    if (result.ok) setCreated(result.data);
    return result;
  });
  const { pending, failed } = form;
  return (
    <div className="space-y-4">
      <Card>
        <h2 className="font-semibold">Create a key</h2>
        <p className="mb-3 mt-1 text-sm text-slate-600">One key per system that reports orders, so you can revoke one without stopping the others.</p>
        <form action={form.action} className="flex flex-col gap-3 sm:flex-row sm:items-start" noValidate>
          <div className="min-w-0 flex-1">
            <Field id="key-name" label="Key name" error={failed?.fieldErrors.name} hint="For you only, e.g. “Shopify checkout”.">
              <Input id="key-name" name="name" maxLength={60} defaultValue={form.value("name")} invalid={!!failed?.fieldErrors.name} />
            </Field>
          </div>
          <Button type="submit" disabled={pending} className="sm:mt-6">
            {pending ? "Creating…" : "Create key"}
          </Button>
        </form>
        {failed && !failed.fieldErrors.name ? (
          <div className="mt-3">
            <Alert tone="error">{failed.error}</Alert>
          </div>
        ) : null}
      </Card>
      {created ? <CreatedKey created={created} onDone={() => setCreated(null)} /> : null}
    </div>
  );
}

function CreatedKey({ created, onDone }: { created: CreatedKeyReveal; onDone: () => void }) {
  return (
    <section aria-labelledby="created-key-heading" className="space-y-4 rounded-lg bg-white p-5 shadow-sm ring-2 ring-amber-300">
      <h2 id="created-key-heading" className="font-semibold">
        Key “{created.name}” created
      </h2>
      <Alert tone="warning">
        Copy the API key and the signing secret now and keep them on your server: they are shown only this once. If you lose them, revoke this key and create a new
        one.
      </Alert>
      <CredentialField id="created-key" label="API key" value={created.key} />
      <CredentialField id="created-secret" label="Signing secret" value={created.signingSecret} />
      <Button variant="secondary" onClick={onDone}>
        I have saved them
      </Button>
    </section>
  );
}

function CredentialField({ id, label, value }: { id: string; label: string; value: string }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
        <Input id={id} readOnly value={value} className="font-mono" onFocus={(event) => event.currentTarget.select()} />
        <CopyButton text={value} copiedText={`${label} copied`} buttonText="Copy" accessibleName={`Copy ${label}`} size="sm" />
      </div>
    </div>
  );
}
