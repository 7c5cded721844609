import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { currentUser, ROLE_HOME } from "@/server/session";
import { readSearchParams, type PageSearchParams } from "@/lib/validation/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.signIn"))("title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const user = await currentUser();
  if (user) redirect(ROLE_HOME[user.role]);
  const params = readSearchParams(await searchParams, ["next", "signed_out", "reset"]);
  const t = await getTranslations("auth.signIn");
  const notice = params.reset
    ? t("noticeReset")
    : params.signed_out
      ? t("noticeSignedOut")
      : params.next
        ? t("noticeNext")
        : undefined;
  return (
    <>
      <h1 className="mb-6 text-2xl font-semibold tracking-tight">{t("heading")}</h1>
      <SignInForm next={params.next} notice={notice} />
    </>
  );
}
