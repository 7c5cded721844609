import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AppShell } from "@/components/layout/app-shell";
import { clientMessages } from "@/server/i18n";
import type { NavItem } from "@/components/layout/nav-links";
import { currentUser, ROLE_HOME } from "@/server/session";

/** The signed-in user's own account, for every role: no role check, but a session is required. */
export default async function AccountLayout({ children }: { children: ReactNode }) {
  const user = await currentUser();
  if (!user) redirect("/sign-in?next=%2Faccount%2Fpassword");
  const t = await getTranslations("common.nav.account");
  const nav: NavItem[] = [
    { href: ROLE_HOME[user.role], label: t("home"), icon: "home" },
    { href: "/account/preferences", label: t("preferences"), icon: "preferences" },
    { href: "/account/password", label: t("password"), icon: "password" },
  ];
  return (
    // The browser gets the texts of this area's client components only.
    <NextIntlClientProvider messages={await clientMessages(["common", "account", "auth"])}>
      <AppShell user={user} nav={nav}>
        {children}
      </AppShell>
    </NextIntlClientProvider>
  );
}
