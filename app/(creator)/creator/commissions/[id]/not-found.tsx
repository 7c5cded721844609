import { useTranslations } from "next-intl";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";

export default function CommissionNotFound() {
  const t = useTranslations("creator.commission");
  return (
    <EmptyState title={t("notFound")} action={<ButtonLink href="/creator/commissions">{t("allCommissions")}</ButtonLink>}>
      {t("notFoundText")}
    </EmptyState>
  );
}
