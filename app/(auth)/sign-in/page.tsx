import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { currentUser, ROLE_HOME } from "@/server/session";
import { readSearchParams, type PageSearchParams } from "@/lib/validation/search-params";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const user = await currentUser();
  if (user) redirect(ROLE_HOME[user.role]);
  const params = readSearchParams(await searchParams, ["next", "signed_out", "reset"]);
  const notice = params.reset
    ? "Your password was changed and every session ended. Sign in with your new password."
    : params.signed_out
      ? "You are signed out."
      : params.next
        ? "Sign in to continue."
        : undefined;
  return (
    <>
      <h1 className="mb-6 text-2xl font-semibold tracking-tight">Sign in</h1>
      <SignInForm next={params.next} notice={notice} />
    </>
  );
}
