import { useTranslations } from "next-intl";
import { ButtonLink } from "@/components/ui/button";

export default function NotFound() {
  const t = useTranslations("buyer.notFound");
  return (
    <div className="flex min-h-[60dvh] items-center justify-center px-4">
      <div className="max-w-md text-center">
        <p className="text-sm font-semibold text-brand-700">404</p>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight">{t("heading")}</h1>
        <p className="mt-2 text-slate-600">{t("text")}</p>
        <div className="mt-6">
          <ButtonLink href="/">
            {t("start")}
          </ButtonLink>
        </div>
      </div>
    </div>
  );
}
