import type { ReactNode } from "react";
import { AppShell } from "@/components/layout/app-shell";
import { requireRole } from "@/lib/auth/session";

const NAV = [
  { href: "/creator", label: "Overview" },
  { href: "/creator/products", label: "Products" },
  { href: "/creator/links", label: "Links" },
  { href: "/creator/commissions", label: "Commissions" },
  { href: "/creator/wallet", label: "Wallet" },
  { href: "/creator/showcase", label: "Showcase" },
  { href: "/creator/invitations", label: "Invitations" },
];

export default async function CreatorLayout({ children }: { children: ReactNode }) {
  const user = await requireRole("creator");
  return (
    <AppShell user={user} nav={NAV}>
      {children}
    </AppShell>
  );
}
