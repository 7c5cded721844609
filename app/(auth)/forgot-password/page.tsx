import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.forgotPassword"))("title") };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("auth.forgotPassword");
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold tracking-tight">{t("heading")}</h1>
      <p className="mb-6 text-sm text-slate-600">{t("intro")}</p>
      <ForgotPasswordForm />
    </>
  );
}
