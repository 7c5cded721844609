import type { ReactNode } from "react";
import { cookies } from "next/headers";
import { RoleShell } from "@/app/role-shell";
import type { NavItem } from "@/components/layout/nav-links";
import { rememberUserVisitor } from "@/db/queries/attribution";
import { unreadMessageCount } from "@/db/queries/messages";
import { getTranslations } from "next-intl/server";
import { pageActor } from "@/server/context";
import { VISITOR_COOKIE, visitorIdFrom } from "@/lib/links/visitors";

export default async function CreatorLayout({ children }: { children: ReactNode }) {
  const { db, user, at } = await pageActor("creator");
  const [t, words, unreadMessages] = await Promise.all([getTranslations("common.nav.creator"), getTranslations("common.nav"), unreadMessageCount(db, { creatorId: user.id })]);
  const nav: NavItem[] = [
    { href: "/creator", label: t("overview"), icon: "overview" },
    { href: "/creator/products", label: t("products"), icon: "products" },
    { href: "/creator/campaigns", label: t("campaigns"), icon: "campaigns" },
    { href: "/creator/links", label: t("links"), icon: "links" },
    { href: "/creator/commissions", label: t("commissions"), icon: "commissions" },
    { href: "/creator/wallet", label: t("wallet"), icon: "wallet" },
    { href: "/creator/showcase", label: t("showcase"), icon: "showcase" },
    { href: "/creator/invitations", label: t("invitations"), icon: "invitations" },
    { href: "/creator/messages", label: t("messages"), icon: "messages", badge: { count: unreadMessages, label: words("unreadMessages", { count: unreadMessages }) } },
    { href: "/creator/social", label: t("social"), icon: "social" },
    { href: "/creator/settings", label: t("settings"), icon: "settings" },
  ];
  // A creator who clicked their own link and opens their pages: that browser is theirs (no
  // self-referral). Here rather than in the redirect, which stays free of session work.
  const visitorId = visitorIdFrom((await cookies()).get(VISITOR_COOKIE)?.value);
  if (visitorId) await rememberUserVisitor(db, { userId: user.id, visitorId, at: at });
  return (
    <RoleShell user={user} nav={nav} areas={["common", "creator"]}>
      {children}
    </RoleShell>
  );
}
