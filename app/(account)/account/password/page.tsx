import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { Card, PageHeader } from "@/components/ui/card";
import { currentUser } from "@/server/session";
import { readSearchParams, type PageSearchParams } from "@/lib/validation/search-params";

export const metadata: Metadata = { title: "Change password" };

export default async function ChangePasswordPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const user = await currentUser();
  if (!user) redirect("/sign-in?next=%2Faccount%2Fpassword");
  const { changed } = readSearchParams(await searchParams, ["changed"]);
  return (
    <>
      <PageHeader title="Change password" description={`For ${user.email}. Changing it signs you out everywhere else.`} />
      <Card className="max-w-lg">
        <ChangePasswordForm changed={changed === "1"} />
      </Card>
    </>
  );
}
