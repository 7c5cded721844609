import type { ReactNode } from "react";
import { AppShell } from "@/components/layout/app-shell";
import { pageActor } from "@/server/context";

const NAV = [
  { href: "/admin", label: "Overview" },
  { href: "/admin/payouts", label: "Payouts" },
  { href: "/admin/outbox", label: "Outbox" },
  { href: "/admin/domains", label: "Domains" },
];

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const { user } = await pageActor("admin");
  return (
    <AppShell user={user} nav={NAV}>
      {children}
    </AppShell>
  );
}
