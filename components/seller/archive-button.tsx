"use client";

import { useTranslations } from "next-intl";
import { archiveProductAction } from "@/app/(seller)/seller/products/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useFormAction } from "@/components/ui/use-form-action";

/** Archive (with a confirmation) or restore a product. */
export function ArchiveButton({ productId, archived }: { productId: string; archived: boolean }) {
  const t = useTranslations("seller.product");
  const { state, action, pending } = useFormAction(archiveProductAction);
  return (
    <form
      action={action}
      onSubmit={(event) => {
        if (!archived && !window.confirm(t("archiveConfirm"))) event.preventDefault();
      }}
      className="space-y-2"
    >
      <input type="hidden" name="productId" value={productId} />
      <input type="hidden" name="archive" value={archived ? "0" : "1"} />
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      <Button type="submit" variant={archived ? "secondary" : "danger"} disabled={pending}>
        {archived ? t("restore") : t("archive")}
      </Button>
    </form>
  );
}
