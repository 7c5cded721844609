import type { ReactNode } from "react";
import { AppShell } from "@/components/layout/app-shell";
import { requireRole } from "@/lib/auth/session";

const NAV = [{ href: "/seller", label: "Overview" }];

export default async function SellerLayout({ children }: { children: ReactNode }) {
  const user = await requireRole("seller");
  return (
    <AppShell user={user} nav={NAV}>
      {children}
    </AppShell>
  );
}
