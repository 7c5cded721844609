"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
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
  const t = useTranslations("seller.apiKeys.create");
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
        <h2 className="font-semibold">{t("heading")}</h2>
        <p className="mb-3 mt-1 text-sm text-slate-600">{t("text")}</p>
        <form action={form.action} className="flex flex-col gap-3 sm:flex-row sm:items-start" noValidate>
          <div className="min-w-0 flex-1">
            <Field id="key-name" label={t("name")} error={failed?.fieldErrors.name} hint={t("nameHint")}>
              <Input id="key-name" name="name" maxLength={60} defaultValue={form.value("name")} invalid={!!failed?.fieldErrors.name} />
            </Field>
          </div>
          <Button type="submit" disabled={pending} className="max-sm:min-h-11 sm:mt-6">
            {pending ? t("creating") : t("submit")}
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
  const t = useTranslations("seller.apiKeys.create");
  return (
    <section aria-labelledby="created-key-heading" className="space-y-4 rounded-lg bg-white p-5 shadow-sm ring-2 ring-amber-300">
      <h2 id="created-key-heading" className="font-semibold">
        {t("createdHeading", { name: created.name })}
      </h2>
      <Alert tone="warning">
        {t("warning")}
      </Alert>
      <CredentialField id="created-key" label={t("apiKey")} value={created.key} />
      <CredentialField id="created-secret" label={t("secret")} value={created.signingSecret} />
      <Button variant="secondary" onClick={onDone}>
        {t("saved")}
      </Button>
    </section>
  );
}

function CredentialField({ id, label, value }: { id: string; label: string; value: string }) {
  const t = useTranslations("seller.apiKeys.create");
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
        <Input id={id} readOnly value={value} className="min-w-0 font-mono max-sm:min-h-11" onFocus={(event) => event.currentTarget.select()} />
        <CopyButton text={value} copiedText={t("copied", { label })} buttonText={t("copy")} accessibleName={t("copyLabel", { label })} size="sm" />
      </div>
    </div>
  );
}
