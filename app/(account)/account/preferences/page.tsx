import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/card";
import { requestActor } from "@/server/context";
import { PreferencesSection } from "./preferences-section";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account.preferences"))("title") };
}

export default async function PreferencesPage() {
  const { user, at } = await requestActor();
  if (!user) redirect("/sign-in?next=%2Faccount%2Fpreferences");
  const t = await getTranslations("account.preferences");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Card className="max-w-lg space-y-4">
        <PreferencesSection at={at} />
      </Card>
    </>
  );
}
