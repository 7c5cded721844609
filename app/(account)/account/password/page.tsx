import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { Card, PageHeader } from "@/components/ui/card";
import { currentUser } from "@/server/session";
import { readSearchParams, type PageSearchParams } from "@/lib/validation/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account.password"))("title") };
}

export default async function ChangePasswordPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const user = await currentUser();
  if (!user) redirect("/sign-in?next=%2Faccount%2Fpassword");
  const { changed } = readSearchParams(await searchParams, ["changed"]);
  const t = await getTranslations("account.password");
  return (
    <>
      <PageHeader title={t("title")} description={<span className="break-words">{t("description", { email: user.email })}</span>} />
      <Card className="max-w-lg">
        <ChangePasswordForm changed={changed === "1"} />
      </Card>
    </>
  );
}
