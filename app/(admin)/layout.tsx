import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { AppShell } from "@/components/layout/app-shell";
import { clientMessages } from "@/server/i18n";
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
  ];
  return (
    // The browser gets the texts of this area's client components only.
    <NextIntlClientProvider messages={await clientMessages(["common", "admin"])}>
      <AppShell user={user} nav={nav}>
        {children}
      </AppShell>
    </NextIntlClientProvider>
  );
}
