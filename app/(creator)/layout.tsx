import type { ReactNode } from "react";
import { cookies } from "next/headers";
import { AppShell } from "@/components/layout/app-shell";
import { rememberUserVisitor } from "@/db/queries/attribution";
import { pageActor } from "@/server/context";
import { VISITOR_COOKIE, visitorIdFrom } from "@/lib/links/visitors";

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
  const { db, user, at } = await pageActor("creator");
  // A creator who clicked their own link and opens their pages: that browser is theirs (no
  // self-referral). Here rather than in the redirect, which stays free of session work.
  const visitorId = visitorIdFrom((await cookies()).get(VISITOR_COOKIE)?.value);
  if (visitorId) await rememberUserVisitor(db, { userId: user.id, visitorId, at: at });
  return (
    <AppShell user={user} nav={NAV}>
      {children}
    </AppShell>
  );
}
