"use client";

import { revokeApiKeyAction } from "@/app/(seller)/seller/api-keys/actions";
import { Button } from "@/components/ui/button";
import { useFormAction } from "@/components/ui/use-form-action";

/** Revokes a key after a confirmation: requests with it are refused from the next one on. */
export function RevokeKeyButton({ keyId, keyName }: { keyId: string; keyName: string }) {
  const { state, action, pending } = useFormAction(revokeApiKeyAction);
  return (
    <form
      action={action}
      onSubmit={(event) => {
        if (!window.confirm(`Revoke the key “${keyName}”? Requests made with it are refused from now on. This cannot be undone.`)) event.preventDefault();
      }}
      className="flex items-center gap-2"
    >
      <input type="hidden" name="keyId" value={keyId} />
      <Button type="submit" variant="danger" size="sm" disabled={pending} aria-label={`Revoke ${keyName}`}>
        {pending ? "Revoking…" : "Revoke"}
      </Button>
      {state && !state.ok ? (
        <span role="alert" className="text-xs text-red-600">
          {state.error}
        </span>
      ) : null}
    </form>
  );
}
