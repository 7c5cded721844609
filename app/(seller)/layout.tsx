import type { ReactNode } from "react";
import { AppShell } from "@/components/layout/app-shell";
import { pageActor } from "@/server/context";

const NAV = [
  { href: "/seller", label: "Overview" },
  { href: "/seller/products", label: "Products" },
  { href: "/seller/orders", label: "Orders" },
  { href: "/seller/plans", label: "Targeted plans" },
  { href: "/seller/campaigns", label: "Campaigns" },
  { href: "/seller/api-keys", label: "API keys" },
  { href: "/seller/shop", label: "Shop" },
];

export default async function SellerLayout({ children }: { children: ReactNode }) {
  const { user } = await pageActor("new-seller");
  return (
    <AppShell user={user} nav={NAV}>
      {children}
    </AppShell>
  );
}
