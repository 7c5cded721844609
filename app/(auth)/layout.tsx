import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/i18n/language-switch";

export default async function AuthLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations();
  return (
    <div className="flex min-h-dvh flex-col items-center justify-center bg-gradient-to-b from-brand-50 to-slate-50 px-4 py-10">
      <Link href="/" className="mb-6 text-xl font-bold tracking-tight text-brand-900">
        {t("common.brand")}
      </Link>
      <div className="w-full max-w-md rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200 sm:p-8">{children}</div>
      <p className="mt-6 max-w-md text-center text-xs text-slate-500">{t("auth.layout.tagline")}</p>
      <LanguageSwitch className="mt-4 justify-center" />
    </div>
  );
}
