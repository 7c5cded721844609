import type { ReactNode } from "react";
import { RoleShell } from "@/app/role-shell";
import type { NavItem } from "@/components/layout/nav-links";
import { getTranslations } from "next-intl/server";
import { unreadMessageCount } from "@/db/queries/messages";
import { pageActor } from "@/server/context";

export default async function SellerLayout({ children }: { children: ReactNode }) {
  const { db, user, shop } = await pageActor("new-seller");
  const [t, words, unreadMessages] = await Promise.all([getTranslations("common.nav.seller"), getTranslations("common.nav"), shop ? unreadMessageCount(db, { shopId: shop.id }) : 0]);
  const nav: NavItem[] = [
    { href: "/seller", label: t("overview"), icon: "overview" },
    { href: "/seller/products", label: t("products"), icon: "products" },
    { href: "/seller/orders", label: t("orders"), icon: "orders" },
    { href: "/seller/statements", label: t("statements"), icon: "statements" },
    { href: "/seller/creators", label: t("creators"), icon: "creators" },
    { href: "/seller/messages", label: t("messages"), icon: "messages", badge: { count: unreadMessages, label: words("unreadMessages", { count: unreadMessages }) } },
    { href: "/seller/plans", label: t("plans"), icon: "plans" },
    { href: "/seller/campaigns", label: t("campaigns"), icon: "campaigns" },
    { href: "/seller/api-keys", label: t("apiKeys"), icon: "apiKeys" },
    { href: "/seller/shop", label: t("shop"), icon: "shop" },
  ];
  return (
    <RoleShell user={user} nav={nav} areas={["common", "seller"]}>
      {children}
    </RoleShell>
  );
}
