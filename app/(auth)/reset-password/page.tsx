import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { isResetTokenUsable } from "@/lib/account/password-reset";
import { readSearchParams, type PageSearchParams } from "@/lib/validation/search-params";
import { publicActor } from "@/server/context";

// The token is in the address: no other site may receive it as a Referer.
export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const { token } = readSearchParams(await searchParams, ["token"]);
  const { db, at } = await publicActor();
  const usable = token !== undefined && token.length > 0 && token.length <= 200 && (await isResetTokenUsable(db, token, at));
  return (
    <>
      <h1 className="mb-6 text-2xl font-semibold tracking-tight">Choose a new password</h1>
      {usable ? (
        <ResetPasswordForm token={token} />
      ) : (
        <div className="space-y-4">
          <Alert tone="error">This reset link has expired or was already used. Links work once, for 30 minutes.</Alert>
          <Link href="/forgot-password" className={buttonClass({}, "w-full")}>
            Ask for a new link
          </Link>
        </div>
      )}
    </>
  );
}
