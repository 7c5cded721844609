import { useTranslations } from "next-intl";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";

export default function ShopNotFound() {
  const t = useTranslations("creator.shop");
  return (
    <EmptyState title={t("notFound")} action={<ButtonLink href="/creator/products">{t("back")}</ButtonLink>}>
      {t("notFoundText")}
    </EmptyState>
  );
}
