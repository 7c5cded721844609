import type { ReactNode } from "react";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RoleShell } from "@/app/role-shell";
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
    { href: "/account/notifications", label: t("notifications"), icon: "notifications" },
  ];
  return (
    <RoleShell user={user} nav={nav} areas={["common", "account", "auth"]}>
      {children}
    </RoleShell>
  );
}
