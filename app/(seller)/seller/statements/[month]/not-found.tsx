import { useTranslations } from "next-intl";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";

export default function StatementNotFound() {
  const t = useTranslations("seller.statements");
  return (
    <EmptyState title={t("notFound")} action={<ButtonLink href="/seller/statements">{t("allMonths")}</ButtonLink>}>
      {t("notFoundBody")}
    </EmptyState>
  );
}
