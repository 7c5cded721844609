import { useTranslations } from "next-intl";
import { StorefrontFrame } from "@/app/storefront-frame";

export default function ProductNotFound() {
  const t = useTranslations("buyer.product");
  return (
    <StorefrontFrame>
      <div className="mx-auto max-w-md py-16 text-center">
        <p className="text-sm font-semibold text-brand-700">404</p>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight">{t("notFoundHeading")}</h1>
        <p className="mt-2 text-slate-600">{t("notFoundText")}</p>
      </div>
    </StorefrontFrame>
  );
}
