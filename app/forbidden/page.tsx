import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { currentUser, ROLE_HOME } from "@/server/session";
import { readSearchParams, type PageSearchParams } from "@/lib/validation/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("buyer.forbidden"))("title") };
}

const ONLY = { creator: "onlyCreators", seller: "onlySellers", admin: "onlyAdmins" } as const;
const isArea = (need: string | undefined): need is keyof typeof ONLY => need !== undefined && Object.hasOwn(ONLY, need);

export default async function ForbiddenPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const [user, { need }, t] = await Promise.all([currentUser(), searchParams.then((raw) => readSearchParams(raw, ["need"])), getTranslations("buyer.forbidden")]);
  return (
    <div className="flex min-h-dvh items-center justify-center px-4">
      <div className="max-w-md text-center">
        <p className="text-sm font-semibold text-brand-700">403</p>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight">{t("heading")}</h1>
        <p className="mt-2 break-words text-slate-600">
          {isArea(need) ? t(ONLY[need]) : t("noAccess")} {user ? t("signedInAs", { email: user.email }) : t("signInWithAccess")}
        </p>
        <div className="mt-6">
          <ButtonLink href={user ? ROLE_HOME[user.role] : "/sign-in"}>
            {user ? t("dashboard") : t("signIn")}
          </ButtonLink>
        </div>
      </div>
    </div>
  );
}
