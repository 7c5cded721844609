"use client";

import { useTranslations } from "next-intl";
import { revokeApiKeyAction } from "@/app/(seller)/seller/api-keys/actions";
import { Button } from "@/components/ui/button";
import { useFormAction } from "@/components/ui/use-form-action";

/** Revokes a key after a confirmation: requests with it are refused from the next one on. */
export function RevokeKeyButton({ keyId, keyName }: { keyId: string; keyName: string }) {
  const t = useTranslations("seller.apiKeys.revoke");
  const { state, action, pending } = useFormAction(revokeApiKeyAction);
  return (
    <form
      action={action}
      onSubmit={(event) => {
        if (!window.confirm(t("confirm", { name: keyName }))) event.preventDefault();
      }}
      className="flex items-center gap-2"
    >
      <input type="hidden" name="keyId" value={keyId} />
      <Button type="submit" variant="danger" size="sm" disabled={pending} aria-label={t("aria", { name: keyName })}>
        {pending ? t("revoking") : t("revoke")}
      </Button>
      {state && !state.ok ? (
        <span role="alert" className="text-xs text-red-600">
          {state.error}
        </span>
      ) : null}
    </form>
  );
}
