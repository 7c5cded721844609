import type { ReactNode } from "react";
import { AppShell } from "@/components/layout/app-shell";
import { getTranslations } from "next-intl/server";
import { pageActor } from "@/server/context";


export default async function SellerLayout({ children }: { children: ReactNode }) {
  const { user } = await pageActor("new-seller");
  const t = await getTranslations("common.nav.seller");
  const nav = [
    { href: "/seller", label: t("overview") },
    { href: "/seller/products", label: t("products") },
    { href: "/seller/orders", label: t("orders") },
    { href: "/seller/plans", label: t("plans") },
    { href: "/seller/campaigns", label: t("campaigns") },
    { href: "/seller/api-keys", label: t("apiKeys") },
    { href: "/seller/shop", label: t("shop") },
  ];
  return (
    <AppShell user={user} nav={nav}>
      {children}
    </AppShell>
  );
}
