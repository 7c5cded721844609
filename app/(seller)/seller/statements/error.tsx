"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";

/** When a statement could not be read: say so, and offer to try again (the cause is in the server's log). */
export default function StatementsError({ reset }: { reset: () => void }) {
  const t = useTranslations("seller.statements");
  return (
    <EmptyState title={t("errorTitle")} action={<Button onClick={reset}>{t("retry")}</Button>}>
      {t("errorText")}
    </EmptyState>
  );
}
