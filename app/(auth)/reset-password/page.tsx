import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { isResetTokenUsable } from "@/lib/account/password-reset";
import { readSearchParams, type PageSearchParams } from "@/lib/validation/search-params";
import { publicActor } from "@/server/context";

// The token is in the address: no other site may receive it as a Referer.
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.resetPassword"))("title"), referrer: "no-referrer" };
}

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const { token } = readSearchParams(await searchParams, ["token"]);
  const { db, at } = await publicActor();
  const t = await getTranslations("auth.resetPassword");
  const usable = token !== undefined && token.length > 0 && token.length <= 200 && (await isResetTokenUsable(db, token, at));
  return (
    <>
      <h1 className="mb-6 text-2xl font-semibold tracking-tight">{t("heading")}</h1>
      {usable ? (
        <ResetPasswordForm token={token} />
      ) : (
        <div className="space-y-4">
          <Alert tone="error">{t("linkUnusable")}</Alert>
          <Link href="/forgot-password" className={buttonClass({}, "w-full")}>
            {t("askNewLink")}
          </Link>
        </div>
      )}
    </>
  );
}
