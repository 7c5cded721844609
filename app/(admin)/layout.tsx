import type { ReactNode } from "react";
import { RoleShell } from "@/app/role-shell";
import type { NavItem } from "@/components/layout/nav-links";
import { getTranslations } from "next-intl/server";
import { pageActor } from "@/server/context";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const { user } = await pageActor("admin");
  const t = await getTranslations("common.nav.admin");
  const nav: NavItem[] = [
    { href: "/admin", label: t("overview"), icon: "overview" },
    { href: "/admin/payouts", label: t("payouts"), icon: "payouts" },
    { href: "/admin/outbox", label: t("outbox"), icon: "outbox" },
    { href: "/admin/domains", label: t("domains"), icon: "domains" },
    { href: "/admin/creators", label: t("creators"), icon: "creators" },
  ];
  return (
    <RoleShell user={user} nav={nav} areas={["common", "admin"]}>
      {children}
    </RoleShell>
  );
}
