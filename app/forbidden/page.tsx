import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { currentUser, ROLE_HOME } from "@/server/session";
import { readSearchParams, type PageSearchParams } from "@/lib/validation/search-params";

export const metadata: Metadata = { title: "Not for this account" };

const AREA = { creator: "creators", seller: "sellers", admin: "platform admins" } as Record<string, string>;

export default async function ForbiddenPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const [user, { need }] = await Promise.all([currentUser(), searchParams.then((raw) => readSearchParams(raw, ["need"]))]);
  return (
    <div className="flex min-h-dvh items-center justify-center px-4">
      <div className="max-w-md text-center">
        <p className="text-sm font-semibold text-brand-700">403</p>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight">This page is not for your account</h1>
        <p className="mt-2 text-slate-600">
          {need && AREA[need] ? `Only ${AREA[need]} can open it.` : "Your account cannot open it."}
          {user ? ` You are signed in as ${user.email}.` : " Sign in with an account that has access."}
        </p>
        <div className="mt-6">
          <ButtonLink href={user ? ROLE_HOME[user.role] : "/sign-in"}>{user ? "Go to your dashboard" : "Sign in"}</ButtonLink>
        </div>
      </div>
    </div>
  );
}
