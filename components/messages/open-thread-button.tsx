"use client";

import { MessagesSquare } from "lucide-react";
import { useTranslations } from "next-intl";
import { openShopThreadAction } from "@/app/(creator)/creator/messages/actions";
import { openCreatorThreadAction } from "@/app/(seller)/seller/messages/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useFormAction } from "@/components/ui/use-form-action";

/** "Message": opens the conversation with this creator (for a seller) or this shop (for a creator), starting it if need be. */
export function OpenThreadButton({ to }: { to: { creatorId: string } | { shopId: string } }) {
  const t = useTranslations("common.messages");
  const seller = useFormAction(openCreatorThreadAction);
  const creator = useFormAction(openShopThreadAction);
  const form = "creatorId" in to ? seller : creator;
  return (
    <form action={form.action} className="space-y-2">
      {"creatorId" in to ? <input type="hidden" name="creatorId" value={to.creatorId} /> : <input type="hidden" name="shopId" value={to.shopId} />}
      <Button type="submit" variant="secondary" disabled={form.pending}>
        <MessagesSquare aria-hidden="true" className="size-4" />
        {"creatorId" in to ? t("message") : t("messageShop")}
      </Button>
      {form.failed ? <Alert tone="error">{form.failed.error}</Alert> : null}
    </form>
  );
}
