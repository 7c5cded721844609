import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { currentUser, ROLE_HOME } from "@/server/session";
import { readSearchParams, type PageSearchParams } from "@/lib/validation/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.signUp"))("title") };
}

export default async function SignUpPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const user = await currentUser();
  if (user) redirect(ROLE_HOME[user.role]);
  const { role } = readSearchParams(await searchParams, ["role"]);
  const t = await getTranslations("auth.signUp");
  return (
    <>
      <h1 className="mb-6 text-2xl font-semibold tracking-tight">{t("heading")}</h1>
      <SignUpForm initialRole={role} />
    </>
  );
}
