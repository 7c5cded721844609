import { useTranslations } from "next-intl";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";

export default function ThreadNotFound() {
  const t = useTranslations("common.messages");
  return (
    <EmptyState title={t("notFound")} action={<ButtonLink href="/seller/messages">{t("back")}</ButtonLink>}>
      {t("notFoundText")}
    </EmptyState>
  );
}
