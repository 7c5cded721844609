import { useTranslations } from "next-intl";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";

export default function OrderNotFound() {
  const t = useTranslations("seller.orders.detail");
  return (
    <EmptyState
      title={t("notFound")}
      action={
        <ButtonLink href="/seller/orders">
          {t("allOrders")}
        </ButtonLink>
      }
    >
      {t("notFoundBody")}
    </EmptyState>
  );
}
