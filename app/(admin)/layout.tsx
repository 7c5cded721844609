import type { ReactNode } from "react";
import { AppShell } from "@/components/layout/app-shell";
import { getTranslations } from "next-intl/server";
import { pageActor } from "@/server/context";


export default async function AdminLayout({ children }: { children: ReactNode }) {
  const { user } = await pageActor("admin");
  const t = await getTranslations("common.nav.admin");
  const nav = [
    { href: "/admin", label: t("overview") },
    { href: "/admin/payouts", label: t("payouts") },
    { href: "/admin/outbox", label: t("outbox") },
    { href: "/admin/domains", label: t("domains") },
  ];
  return (
    <AppShell user={user} nav={nav}>
      {children}
    </AppShell>
  );
}
